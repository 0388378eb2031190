import { defineNotification } from '../../kit';
import { notificationSettings } from './settings';

/** To the owner of a partner's endpoint that was disabled after repeated failure. */
export const webhookDisabled = defineNotification<{ endpointId: string }>({
  name: 'notifications.webhookDisabled',
  description: 'A webhook endpoint was disabled after repeated failed deliveries (to its owner).',
  async mails({ ctx }, { endpointId }) {
    const [endpoint] = (await ctx.em.query(
      `SELECT e.url, e.owner_email, e.disabled_reason, o.name AS organisation
         FROM webhook_endpoint e JOIN organisation o ON o.id = e.organisation_id WHERE e.id = $1`,
      [endpointId],
    )) as { url: string; owner_email: string; disabled_reason: string | null; organisation: string }[];
    if (!endpoint) return [];
    const { timeoutMs, maxAttempts } = notificationSettings().webhooks;
    const seconds = Math.max(1, Math.round(timeoutMs / 1000));
    return [
      {
        to: endpoint.owner_email,
        name: null,
        subject: `Webhook van ${endpoint.organisation} uitgeschakeld`,
        paragraphs: [
          `Wij hebben de webhook ${endpoint.url} van ${endpoint.organisation} uitgeschakeld, omdat meerdere berichten ` +
            `niet konden worden afgeleverd, elk ook niet na ${maxAttempts} pogingen.`,
          `Laatste fout: ${endpoint.disabled_reason ?? 'onbekend'}.`,
          `Controleer of het adres bereikbaar is en binnen ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} met een 2xx-status antwoordt. Vraag daarna ` +
            'de beheerder van Regio Q4 de webhook weer aan te zetten; gemiste berichten kunnen opnieuw worden verstuurd.',
        ],
        reason: `U ontvangt deze e-mail omdat u bij Regio Q4 staat geregistreerd als eigenaar van deze webhook.`,
      },
    ];
  },
});
