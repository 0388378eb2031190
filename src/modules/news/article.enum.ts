import { registerEnumType } from 'type-graphql';

export enum ArticleOrderField {
  PUBLISHED_AT = 'PUBLISHED_AT',
  UPDATED_AT = 'UPDATED_AT',
  TITLE = 'TITLE',
}
registerEnumType(ArticleOrderField, {
  name: 'ArticleOrderField',
  description: 'What `articles` can be sorted by.',
  valuesConfig: {
    PUBLISHED_AT: { description: 'Publication time; drafts, which have no date, by when they were created.' },
    UPDATED_AT: { description: 'When the article was last changed.' },
    TITLE: { description: 'Headline.' },
  },
});
