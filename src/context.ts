import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Context, Loaders, Viewer } from './kit';
import { ANONYMOUS } from './kit';
import { modules } from './modules';

/** Every module's loaders, under the module's name: `ctx.loaders.core.businessById`. */
export function createLoaders(ctx: Context): Loaders {
  return Object.fromEntries(
    modules.map((module) => [module.name, module.createLoaders(ctx)]),
  ) as unknown as Loaders;
}

export function buildContext(
  dataSource: DataSource,
  options: { requestId?: string; viewer?: Viewer; baseUrl: string },
): Context {
  const ctx: Context = {
    requestId: options.requestId ?? randomUUID(),
    viewer: options.viewer ?? ANONYMOUS,
    em: dataSource.manager,
    baseUrl: options.baseUrl,
    createLoaders,
    loaders: {} as Loaders,
  };
  ctx.loaders = createLoaders(ctx);
  return ctx;
}
