import type { Context, MailDraft } from '../../kit';
import { defineNotification } from '../../kit';
import { ApplicationStatus, BusinessApplication } from './application.entity';
import { UNCONFIRMED_DAYS } from './application.service';

const REASON =
  'U ontvangt deze e-mail omdat dit adres is opgegeven bij een aanmelding voor het register van Regio Q4.';

/** The link to confirm the contact's e-mail address (Dutch). */
export function confirmationMail(application: BusinessApplication, link: string): MailDraft {
  return {
    to: application.contactEmail,
    name: application.contactName,
    subject: `Bevestig de aanmelding van ${application.name}`,
    paragraphs: [
      `U heeft ${application.name} (KvK ${application.kvkNumber}) aangemeld bij Regio Q4. Bevestig uw ` +
        'e-mailadres met de knop of de link hieronder; daarna beoordeelt de vereniging of Regio Q4 de aanmelding.',
      `De link werkt ${UNCONFIRMED_DAYS} dagen. Daarna wordt de aanmelding verwijderd. Heeft u zich niet ` +
        'aangemeld? Dan kunt u deze e-mail negeren.',
    ],
    action: { label: 'Bevestig mijn e-mailadres', url: link },
    reason: REASON,
  };
}

/** The decision: approved, or rejected with the reason (Dutch). */
export function decisionMail(application: BusinessApplication): MailDraft {
  const approved = application.status === ApplicationStatus.APPROVED;
  return {
    to: application.contactEmail,
    name: application.contactName,
    subject: approved
      ? `${application.name} is opgenomen in het register van Regio Q4`
      : `Uw aanmelding van ${application.name} is afgewezen`,
    paragraphs: approved
      ? [
          `Uw aanmelding van ${application.name} (KvK ${application.kvkNumber}) is goedgekeurd. Uw bedrijf ` +
            'staat nu in het register van Regio Q4 en is te vinden in de leveranciersdatabank.',
        ]
      : [
          `Uw aanmelding van ${application.name} (KvK ${application.kvkNumber}) is afgewezen, om deze reden:`,
          application.rejectionReason ?? '',
          'Heeft u vragen over dit besluit? Antwoord dan binnen 30 dagen op deze e-mail.',
        ],
    reason: REASON,
  };
}

const load = (ctx: Context, id: string) => ctx.em.findOneBy(BusinessApplication, { id });

/**
 * To the contact: the confirmation link. The token travels in the job only (the database keeps its hash),
 * as a registration's cancel secret does; sent while the application still waits for confirmation.
 */
export const applicationConfirmation = defineNotification<{ applicationId: string; link: string }>({
  name: 'applications.confirmation',
  description: 'The link that confirms the e-mail address of a firm’s application (to its contact).',
  async mails(render, { applicationId, link }) {
    const application = await load(render.ctx, applicationId);
    if (!application || application.status !== ApplicationStatus.UNCONFIRMED) return [];
    return [confirmationMail(application, link)];
  },
});

/** To the contact: approved, or rejected with the reason. */
export const applicationDecided = defineNotification<{ applicationId: string }>({
  name: 'applications.decided',
  description:
    'The decision on a firm’s application: approved, or rejected with the reason (to its contact).',
  async mails(render, { applicationId }) {
    const application = await load(render.ctx, applicationId);
    if (
      !application ||
      (application.status !== ApplicationStatus.APPROVED && application.status !== ApplicationStatus.REJECTED)
    ) {
      return [];
    }
    return [decisionMail(application)];
  },
});
