import { getMetadataStorage as validationMetadata } from 'class-validator';
import type { GraphQLArgument, GraphQLInputField, GraphQLInputType, GraphQLSchema } from 'graphql';
import {
  getNamedType,
  GraphQLID,
  GraphQLString,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * The most characters an argument or input field of type `String` or `ID` takes when its class declares no
 * maximum: enough for every name, code, id, slug and search, and short enough that no search is slow. An
 * input field (or a field of an `@ArgsType` class) declares a larger or smaller maximum with the
 * class-validator rule it has anyway: `@MaxLength(10_000)`, `@Length(1, 200_000)`.
 */
export const DEFAULT_MAX_TEXT_LENGTH = 200;

/** A class as type-graphql and class-validator keep it in their metadata. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassTarget = Function;

/** An argument or an input field: a place in an operation that takes a value. */
export type InputPlace = GraphQLArgument | GraphQLInputField;

/** Whether a place takes text: `String` or `ID`, or a list of them. */
export const takesText = (type: GraphQLInputType): boolean => {
  const named = getNamedType(type);
  return named === GraphQLString || named === GraphQLID;
};

/** The smallest maximum that `@MaxLength` / `@Length` (also with `each`) put on a class's property. */
function declaredMax(target: ClassTarget, property: string): number | undefined {
  const maxima = validationMetadata()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((rule) => rule.propertyName === property)
    .map((rule) =>
      rule.name === 'maxLength'
        ? Number(rule.constraints?.[0])
        : rule.name === 'isLength'
          ? Number(rule.constraints?.[1])
          : NaN,
    )
    .filter((max) => Number.isFinite(max));
  return maxima.length > 0 ? Math.min(...maxima) : undefined;
}

/** The first value of each key: type-graphql's lists may hold a class or a name more than once. */
function firstBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T> {
  const map = new Map<K, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/** The property behind a GraphQL field name in a class or the classes it extends, as type-graphql maps it. */
function propertyOf(classes: { target: ClassTarget; fields?: { schemaName: string; name: string }[] }[]) {
  const byTarget = firstBy(classes, (c) => c.target);
  return (target: ClassTarget, schemaName: string): string | undefined => {
    for (let cls = target; cls?.prototype !== undefined; cls = Object.getPrototypeOf(cls)) {
      const field = byTarget.get(cls)?.fields?.find((f) => f.schemaName === schemaName);
      if (field) return field.name;
    }
    return undefined;
  };
}

const cache = new WeakMap<GraphQLSchema, Map<InputPlace, number>>();

/**
 * The declared maximum length of every text argument and input field that declares one, read once per
 * schema from the classes type-graphql built it from: input types by name, and the `@Args()` classes of
 * each field's resolver for arguments. Plain `@Arg()` parameters cannot carry a rule: they take the default.
 */
export function declaredTextLimits(schema: GraphQLSchema): Map<InputPlace, number> {
  const known = cache.get(schema);
  if (known) return known;
  const storage = getMetadataStorage();
  const limits = new Map<InputPlace, number>();

  // Read by class and by name once: the metadata lists hold thousands of entries.
  const inputProperty = propertyOf(storage.inputTypes);
  const inputsByName = firstBy(storage.inputTypes, (input) => input.name);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type)) continue;
    const target = inputsByName.get(type.name)?.target;
    if (!target) continue;
    for (const field of Object.values(type.getFields())) {
      const property = takesText(field.type) ? inputProperty(target, field.name) : undefined;
      const max = property ? declaredMax(target, property) : undefined;
      if (max !== undefined) limits.set(field, max);
    }
  }

  // The `@Args()` classes of each field, by `Type.field`.
  const typesByTarget = firstBy([...storage.objectTypes, ...storage.interfaceTypes], (type) => type.target);
  const typeName = (cls: ClassTarget | undefined) => (cls ? typesByTarget.get(cls)?.name : undefined);
  const argsClasses = new Map<string, ClassTarget[]>();
  const add = (owner: string | undefined, schemaName: string, params: { kind: string }[] | undefined) => {
    const classes = (params ?? []).flatMap((param) =>
      param.kind === 'args' ? [(param as unknown as { getType: () => ClassTarget }).getType()] : [],
    );
    if (owner && classes.length > 0) argsClasses.set(`${owner}.${schemaName}`, classes);
  };
  for (const query of storage.queries) add(schema.getQueryType()?.name, query.schemaName, query.params);
  for (const mutation of storage.mutations)
    add(schema.getMutationType()?.name, mutation.schemaName, mutation.params);
  for (const resolver of storage.fieldResolvers)
    add(typeName(resolver.getObjectType?.()), resolver.schemaName, resolver.params);
  for (const field of storage.fields) add(typeName(field.target), field.schemaName, field.params);

  const argsProperty = propertyOf(storage.argumentTypes);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    // A field an interface resolves is resolved for the types that implement it too.
    const owners = [type.name, ...type.getInterfaces().map((i) => i.name)];
    for (const field of Object.values(type.getFields())) {
      const classes = owners.map((owner) => argsClasses.get(`${owner}.${field.name}`)).find(Boolean) ?? [];
      for (const arg of field.args) {
        if (!takesText(arg.type)) continue;
        for (const target of classes) {
          const property = argsProperty(target, arg.name);
          const max = property ? declaredMax(target, property) : undefined;
          if (max !== undefined) limits.set(arg, max);
        }
      }
    }
  }
  cache.set(schema, limits);
  return limits;
}

/** The most characters a text argument or input field takes. */
export function maxTextLength(schema: GraphQLSchema, place: InputPlace): number {
  return declaredTextLimits(schema).get(place) ?? DEFAULT_MAX_TEXT_LENGTH;
}
