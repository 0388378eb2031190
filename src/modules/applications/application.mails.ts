import type { BusinessApplication } from './application.entity';
import { UNCONFIRMED_DAYS } from './application.service';

/** A mail as this module writes it (Dutch, plain text); the notifications path delivers it. */
export interface ApplicationMail {
  to: string;
  subject: string;
  text: string;
}

/** The link to confirm the contact's e-mail address. */
export function confirmationMail(application: BusinessApplication, link: string): ApplicationMail {
  return {
    to: application.contactEmail,
    subject: `Bevestig de aanmelding van ${application.name}`,
    text: [
      `Beste ${application.contactName},`,
      '',
      `U heeft ${application.name} (KvK ${application.kvkNumber}) aangemeld bij Regio Q4. Bevestig uw ` +
        `e-mailadres met deze link:`,
      '',
      link,
      '',
      `De link werkt ${UNCONFIRMED_DAYS} dagen. Daarna wordt de aanmelding verwijderd. Heeft u zich niet ` +
        'aangemeld? Dan kunt u deze mail negeren.',
      '',
      'Met vriendelijke groet,',
      'Regio Q4',
    ].join('\n'),
  };
}

/** The decision: approved, or rejected with the reason. */
export function decisionMail(application: BusinessApplication): ApplicationMail {
  const approved = application.rejectionReason === null;
  return {
    to: application.contactEmail,
    subject: approved
      ? `${application.name} is opgenomen in het register van Regio Q4`
      : `Uw aanmelding van ${application.name} is afgewezen`,
    text: [
      `Beste ${application.contactName},`,
      '',
      approved
        ? `Uw aanmelding van ${application.name} (KvK ${application.kvkNumber}) is goedgekeurd. Uw bedrijf ` +
          'staat nu in het register van Regio Q4 en is te vinden in de leveranciersdatabank.'
        : `Uw aanmelding van ${application.name} (KvK ${application.kvkNumber}) is afgewezen, om deze reden:`,
      ...(approved ? [] : ['', application.rejectionReason!]),
      '',
      'Met vriendelijke groet,',
      'Regio Q4',
    ].join('\n'),
  };
}
