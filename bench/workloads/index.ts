import { coreWorkloads } from './core';
import { networkingWorkloads } from './networking';
import { newsWorkloads } from './news';
import { politicsWorkloads } from './politics';
import { procurementWorkloads } from './procurement';
import { socialEnterpriseWorkloads } from './social-enterprise';
import type { Workload } from './workload';

export type { Caller, Workload } from './workload';

/** Every module's workloads, in table order; a new module adds its file here. */
export const workloadModules = [
  networkingWorkloads,
  coreWorkloads,
  newsWorkloads,
  procurementWorkloads,
  socialEnterpriseWorkloads,
  politicsWorkloads,
];

export const workloads: Workload[] = workloadModules.flatMap((module) => module.workloads);
