import type { Context } from '../../kit';
import type { BusinessApplication } from './application.entity';
import { confirmationMail, decisionMail } from './application.mails';
import type { ConfirmationRequest } from './application.service';

/**
 * Where the application's mails leave this module. Until the notifications outbox is merged these only build
 * the mails; see docs/self-service.md "Mail".
 */
export async function sendConfirmationMail(_tx: Context, request: ConfirmationRequest): Promise<void> {
  confirmationMail(request.application, request.link);
}

export async function sendDecisionMail(_tx: Context, application: BusinessApplication): Promise<void> {
  decisionMail(application);
}
