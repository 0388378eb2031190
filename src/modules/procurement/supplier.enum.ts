import { registerEnumType } from 'type-graphql';

export enum SupplierOrderField {
  RELEVANCE = 'RELEVANCE',
  NAME = 'NAME',
  LAST_INVITED_AT = 'LAST_INVITED_AT',
}
registerEnumType(SupplierOrderField, {
  name: 'SupplierOrderField',
  description: 'How `suppliers` is sorted; the id breaks ties.',
  valuesConfig: {
    RELEVANCE: {
      description:
        'With `search`: full-text hits on the description first, then name hits; within each, the least ' +
        'recently invited first (never-invited first, then by id), so that the first page rotates among the ' +
        'matching suppliers as they are invited. Without `search`: by name.',
    },
    NAME: { description: 'By business name.' },
    LAST_INVITED_AT: { description: 'By the last invitation, never-invited suppliers first (ascending).' },
  },
});
