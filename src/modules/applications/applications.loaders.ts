import type DataLoader from 'dataloader';
import type { Context } from '../../kit';
import { rowLoader } from '../../kit';
import { BusinessApplication } from './application.entity';

export function createApplicationsLoaders(ctx: Context) {
  return {
    applicationById: rowLoader(ctx, BusinessApplication),
  } satisfies Record<string, DataLoader<string, unknown>>;
}

export type ApplicationsLoaders = ReturnType<typeof createApplicationsLoaders>;

declare module '../../kit/context' {
  interface Loaders {
    applications: ApplicationsLoaders;
  }
}
