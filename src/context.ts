import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Context, Loaders, Viewer } from './kit';
import { ANONYMOUS, DEFAULT_LOCALE } from './kit';
import type { Locale } from './kit';
import { currentRequest } from './request-store';
import { modules } from './modules';

const CONTEXT = Symbol('context');

/**
 * Every module's loaders, under the module's name: `ctx.loaders.core.businessById`. A module's set is made on
 * its first use in the context, so a request pays only for the modules it reaches (a news query builds no
 * procurement loaders), and each set at most once. The getters live on one prototype made at start-up, so
 * a request's loaders cost one small object until a set is used (the set then becomes its own property).
 */
class LazyLoaders {
  declare [CONTEXT]: Context;
  constructor(ctx: Context) {
    this[CONTEXT] = ctx;
  }
}
for (const module of modules) {
  Object.defineProperty(LazyLoaders.prototype, module.name, {
    configurable: true,
    enumerable: false,
    get(this: LazyLoaders) {
      const value = module.createLoaders(this[CONTEXT]);
      Object.defineProperty(this, module.name, { value, enumerable: true });
      return value;
    },
  });
}

export function createLoaders(ctx: Context): Loaders {
  return new LazyLoaders(ctx) as unknown as Loaders;
}

export function buildContext(
  dataSource: DataSource,
  options: { requestId?: string; viewer?: Viewer; baseUrl: string; locale?: Locale },
): Context {
  const ctx: Context = {
    requestId: options.requestId ?? randomUUID(),
    viewer: options.viewer ?? ANONYMOUS,
    em: dataSource.manager,
    baseUrl: options.baseUrl,
    locale: options.locale ?? currentRequest()?.locale ?? DEFAULT_LOCALE,
    createLoaders,
    loaders: {} as Loaders,
  };
  ctx.loaders = createLoaders(ctx);
  return ctx;
}
