import type { Context } from '../../kit';
import { notify } from '../../kit';
import type { BusinessApplication } from './application.entity';
import { applicationConfirmation, applicationDecided } from './application.mails';
import type { ConfirmationRequest } from './application.service';

/**
 * Where the application's mails leave this module: into the outbox of the transaction (the kit's `notify`),
 * so a refused or rolled-back mutation sends nothing and the worker delivers the rest.
 */
export async function sendConfirmationMail(tx: Context, request: ConfirmationRequest): Promise<void> {
  await notify(tx, applicationConfirmation, request.application.id, {
    applicationId: request.application.id,
    link: request.link,
  });
}

export async function sendDecisionMail(tx: Context, application: BusinessApplication): Promise<void> {
  await notify(tx, applicationDecided, application.id, { applicationId: application.id });
}
