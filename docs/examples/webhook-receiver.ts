// A receiver of Regio Q4 webhooks (docs/notifications.md#a-receiver), tested by
// test/notifications/webhooks.int-spec.ts. Node's own http server; any framework works the same way, as long
// as it hands over the body exactly as received (no JSON parsing before the check).
import type { IncomingHttpHeaders, Server } from 'node:http';
import { createServer } from 'node:http';
import { Webhook } from 'standardwebhooks';

/** The body of every delivery. */
export interface RegioQ4Event {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

/**
 * Verifies each delivery with the Standard Webhooks reference library and hands it to `onEvent` once per
 * `webhook-id` (a retry or a redelivery carries the same id). Answers 204 when handled, 400 when the signature
 * or the timestamp is wrong (not retried: fix the secret), 500 when `onEvent` failed (retried later).
 */
export function createWebhookReceiver(
  secret: string,
  onEvent: (event: RegioQ4Event, webhookId: string) => Promise<void> | void,
): Server {
  const webhook = new Webhook(secret); // `whsec_…`, as createWebhookEndpoint or rotateWebhookSecret gave it
  const handled = new Set<string>(); // in a real receiver: a table with a unique key
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let event: RegioQ4Event;
      try {
        // Throws on a wrong signature, or a timestamp more than five minutes off.
        event = webhook.verify(body, headersOf(request.headers)) as RegioQ4Event;
      } catch {
        response.writeHead(400).end();
        return;
      }
      const webhookId = String(request.headers['webhook-id']);
      try {
        if (!handled.has(webhookId)) await onEvent(event, webhookId);
        handled.add(webhookId);
        response.writeHead(204).end();
      } catch {
        response.writeHead(500).end();
      }
    });
  });
}

/** The three headers the check needs, as plain strings. */
function headersOf(headers: IncomingHttpHeaders): Record<string, string> {
  return {
    'webhook-id': String(headers['webhook-id'] ?? ''),
    'webhook-timestamp': String(headers['webhook-timestamp'] ?? ''),
    'webhook-signature': String(headers['webhook-signature'] ?? ''),
  };
}
