import { registerEnumType } from 'type-graphql';

export enum EventOrderField {
  STARTS_AT = 'STARTS_AT',
  UPDATED_AT = 'UPDATED_AT',
  CHANGE = 'CHANGE',
}
registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'What `events` is ordered by; the id breaks ties, so pages never overlap or skip.',
  valuesConfig: {
    STARTS_AT: { description: 'Start of the event (the default without `updatedSince`).' },
    UPDATED_AT: {
      description:
        '`updatedAt`, then id. Not for partner sync: `updatedAt` is taken when a change starts, so a change ' +
        'that commits late can sort before a cursor you already passed. Use `CHANGE`.',
    },
    CHANGE: {
      description:
        'The order in which changes were committed (the default with `updatedSince`). A later ' +
        'change never sorts before an earlier one, also when both have the same `updatedAt`: resuming ' +
        'from the last `endCursor` never misses or repeats a change. Each change of an event moves it to ' +
        'the end.',
    },
  },
});
