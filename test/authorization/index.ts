import { mergeMatrices } from '../support/authorization-matrix';
import { applicationsMatrix } from './applications.matrix';
import { coreMatrix } from './core.matrix';
import { httpMatrix } from './http.matrix';
import { networkingMatrix } from './networking.matrix';
import { newsMatrix } from './news.matrix';
import { notificationsMatrix } from './notifications.matrix';
import { politicsMatrix } from './politics.matrix';
import { procurementMatrix } from './procurement.matrix';
import { socialEnterpriseMatrix } from './social-enterprise.matrix';

/** The one authorization table: add a module's file here when the module is added to the registry. */
export const authorizationMatrix = mergeMatrices([
  httpMatrix,
  coreMatrix,
  newsMatrix,
  networkingMatrix,
  procurementMatrix,
  socialEnterpriseMatrix,
  politicsMatrix,
  applicationsMatrix,
  notificationsMatrix,
]);
