import { registerEnumType } from 'type-graphql';

/** How a suggested supplier's categories fit the requested CPV category. */
export enum CategoryFit {
  EXACT = 'EXACT',
  PARENT = 'PARENT',
  NONE = 'NONE',
}
registerEnumType(CategoryFit, {
  name: 'CategoryFit',
  description: 'How a supplier’s categories fit the requested CPV category.',
  valuesConfig: {
    EXACT: { description: 'The supplier offers the requested category or one below it.' },
    PARENT: { description: 'The supplier offers a broader category above the requested one.' },
    NONE: { description: 'Put forward by the buyer; none of its categories fits the requested one.' },
  },
});
