import { applications } from './applications';
import { core } from './core';
import { networking } from './networking';
import { news } from './news';
import { notifications } from './notifications';
import { politics } from './politics';
import { procurement } from './procurement';
import { socialEnterprise } from './social-enterprise';

/**
 * The registry: every module of the API, in dependency order (core first). The schema, the DataSource,
 * the request context, the HTTP routes and the demo seed are built from this list and nothing else.
 */
export const modules = [
  core,
  news,
  networking,
  procurement,
  socialEnterprise,
  politics,
  applications,
  notifications,
];
