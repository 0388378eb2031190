import type { GraphQLArgument, GraphQLField, GraphQLInputField } from 'graphql';
import {
  getIntrospectionQuery,
  graphqlSync,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { getSchema } from './schema';

/**
 * Every coordinate a client sees in the schema (types, fields, arguments, input fields, enum values) that has no
 * description, as `Type.field(arg:)` strings.
 */
function undocumented(): string[] {
  const missing: string[] = [];
  const blank = (description: string | null | undefined) => !description?.trim();
  const checkArgs = (owner: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) if (blank(arg.description)) missing.push(`${owner}(${arg.name}:)`);
  };
  for (const type of Object.values(getSchema().getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const coordinate = `${type.name}.${field.name}`;
        if (blank(field.description)) missing.push(coordinate);
        checkArgs(coordinate, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}

test('the schema answers the introspection query without errors (the check type-graphql skips at start)', () => {
  expect(graphqlSync({ schema: getSchema(), source: getIntrospectionQuery() }).errors).toBeUndefined();
});

describe('schema documentation', () => {
  test('every type, field, argument, input field and enum value a client sees has a description', () => {
    expect(undocumented()).toEqual([]);
  });
});
