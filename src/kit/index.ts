/**
 * The module kit: the mechanisms every module uses (relay, loaders, transactions, errors, payloads, auth,
 * validation, scalars, dates, figures, the review frame). It imports nothing from `src/modules/`; a module
 * imports the kit, core's `index.ts` and the `index.ts` of the modules it may use (lint enforces it).
 */
// The kit's types are decorator classes (type-graphql reads their metadata): load the polyfill before them.
import 'reflect-metadata';

export * from './annual-review';
export * from './audit';
export * from './auth';
export * from './context';
export * from './dates';
export * from './errors';
export * from './figures';
export * from './i18n';
export { getEntities } from './hydrate';
export * from './grouped-page';
export * from './loaders';
export * from './module';
export * from './notifications';
export { createNodeResolver } from './node.resolver';
export * from './payloads';
export {
  definePrefetch,
  getPrefetched,
  prefetchById,
  prefetchPlan,
  prefetchRows,
  prefetchValue,
} from './prefetch';
export type { ColumnOf, PrefetchPlan } from './prefetch';
export { random } from './random';
export * from './relay';
export * from './scalars';
export * from './secrets';
export * from './csv';
export { escapeLike } from './sql';
export * from './suppressed-count';
export * from './transaction';
export * from './validation';
export * from './validators';
export { createTokenVerifier, signToken } from './token';
export type { TokenClaims, TokenSettings } from './token';
