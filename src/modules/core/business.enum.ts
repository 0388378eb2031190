import { registerEnumType } from 'type-graphql';

export enum BusinessOrderField {
  NAME = 'NAME',
  KVK_NUMBER = 'KVK_NUMBER',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(BusinessOrderField, {
  name: 'BusinessOrderField',
  description: 'What `businesses` can be sorted by.',
  valuesConfig: {
    NAME: { description: 'Trade name.' },
    KVK_NUMBER: { description: 'KvK number.' },
    CREATED_AT: { description: 'When the business was added.' },
  },
});
