import dutch from './applications.nl.json';
import { defineModule } from '../../kit';
import { BusinessApplication } from './application.entity';
import { applicationConfirmation, applicationDecided } from './application.mails';
import { BusinessApplicationResolver } from './application.resolver';
import { findApplication } from './application.service';
import { applicationsExamples } from './applications.examples';
import { createApplicationsLoaders } from './applications.loaders';
import { applicationsRoutes } from './applications.routes';
import { seedApplications } from './applications.seed';

/**
 * Self-service: firms apply to join the register (and an association) themselves; an association's
 * secretary, or Regio Q4, approves (docs/self-service.md).
 */
export const applications = defineModule({
  name: 'applications',
  dutch,
  entities: [BusinessApplication],
  resolvers: [BusinessApplicationResolver],
  nodeTypes: [{ type: BusinessApplication, load: (ctx, id) => findApplication(ctx, id) }],
  createLoaders: createApplicationsLoaders,
  seedDemo: seedApplications,
  examples: applicationsExamples,
  routes: applicationsRoutes,
  notifications: [applicationConfirmation, applicationDecided],
});

export { ApplicationStatus, BusinessApplication } from './application.entity';
export { deleteStaleApplications, REJECTED_DAYS, UNCONFIRMED_DAYS } from './application.service';
