import { Field, Int, ObjectType } from 'type-graphql';
import { Label } from './label.entity';

@ObjectType({ description: 'Published articles of one month.' })
export class NewsMonthFigures {
  @Field(() => Int, { description: '1..12, by `publishedAt` in Amsterdam time.' })
  month!: number;

  @Field(() => Int, { description: 'Articles published in the month.' })
  articles!: number;
}

@ObjectType({ description: 'Published articles of a year with one label.' })
export class NewsLabelFigures {
  @Field(() => Label, { description: 'The label.' })
  label!: Label;

  @Field(() => Int, { description: 'Articles published in the year with this label.' })
  articles!: number;
}

@ObjectType({
  description:
    'News figures of a year, region-wide: articles with status PUBLISHED whose `publishedAt` lies in the ' +
    'year (Amsterdam time) and has come. Drafts, scheduled and archived articles never count, whoever asks.',
})
export class NewsStats {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'Articles published in the year.' })
  published!: number;

  @Field(() => Int, { description: 'Articles published in the year without any label.' })
  unlabelled!: number;

  @Field(() => [NewsMonthFigures], { description: 'All twelve months, January first.' })
  months!: NewsMonthFigures[];

  @Field(() => [NewsLabelFigures], {
    description:
      'Every label, by name, with its articles of the year (0 included, so years compare label by label). ' +
      'An article with two labels counts under both, so the sum may exceed `published`.',
  })
  labels!: NewsLabelFigures[];
}
