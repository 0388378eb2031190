import { DEMO_OPEN_EVENT } from '../../src/modules/networking/networking.seed';
import type { NotificationWorker } from '../../src/modules/notifications';
import { startWorker } from '../../src/notification-worker';
import { toGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { startSmtpServer } from './smtp';

const REGISTER = `mutation ($eventId: ID!, $email: String!) {
  registerForEvent(input: { eventId: $eventId, name: "Anne de Vries", email: $email }) {
    registration { id status } secret userErrors { code }
  }
}`;

let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let worker: NotificationWorker;
const eventId = toGlobalId('Event', DEMO_OPEN_EVENT.id);

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ env: { SMTP_URL: smtp.url, FRONTEND_URL: 'https://www.regioq4.test' } });
  // The demo's own mails wait in the template's queue: not this file's business.
  await server.dataSource.query('DELETE FROM graphile_worker._private_jobs');
  const url = (server.dataSource.options as { url: string }).url;
  worker = await startWorker(
    server.config,
    server.dataSource,
    url,
    server.log,
    server.server.metrics.registry,
  );
});

afterAll(async () => {
  await worker?.stop();
  await server?.close();
  await smtp?.close();
});

/** A counter's value on `/metrics` (0 before its first increment). */
async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(new RegExp(`^${name.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
}

const jobCount = async () =>
  Number((await server.dataSource.query('SELECT count(*) AS n FROM graphile_worker._private_jobs'))[0].n);

describe('mails from the outbox', () => {
  it('confirms a registration to the registrant in Dutch, with a cancel link that works', async () => {
    const response = await server.graphql(REGISTER, { eventId, email: 'anne.confirm@example.nl' });
    const result = response.body.data!.registerForEvent as { secret: string; userErrors: unknown[] };
    expect(result.userErrors).toEqual([]);
    await smtp.waitFor(() => smtp.to('anne.confirm@example.nl').length > 0);
    const [mail] = smtp.to('anne.confirm@example.nl');
    expect(mail.subject).toMatch(/^(Aanmelding bevestigd|U staat op de wachtlijst): /);
    expect(mail.text).toContain('Beste Anne de Vries,');
    expect(mail.text).toContain('U ontvangt deze e-mail omdat dit adres is aangemeld');
    expect(mail.html).toContain('Aanmelding annuleren');
    const cancel = /Aanmelding annuleren: (\S+)/.exec(mail.text!)![1];
    const secret = new URL(cancel).searchParams.get('geheim')!;
    expect(cancel.startsWith('https://www.regioq4.test/')).toBe(true);
    expect(secret).toBe(result.secret);
    const cancelled = await server.graphql(
      `mutation ($secret: String!) { cancelRegistration(input: { secret: $secret }) { registration { status } userErrors { code } } }`,
      { secret },
    );
    expect(cancelled.body.data).toEqual({
      cancelRegistration: { registration: { status: 'CANCELLED' }, userErrors: [] },
    });
    const [row] = await server.dataSource.query(
      `SELECT status, attempts FROM mail_message WHERE to_address = 'anne.confirm@example.nl'`,
    );
    expect(row).toEqual({ status: 'SENT', attempts: 1 });
  });

  it('sends nothing for a refused mutation (rolled back)', async () => {
    const before = smtp.mails.length;
    const jobsBefore = await jobCount();
    // The same address again: refused as a duplicate for an organiser... for anyone else an unstored answer.
    const response = await server.graphql(REGISTER, {
      eventId: toGlobalId('Event', '00000000-0000-4000-8000-000000000000'),
      email: 'nobody@example.nl',
    });
    expect(
      (response.body.data!.registerForEvent as { userErrors: { code: string }[] }).userErrors[0].code,
    ).toBe('NOT_FOUND');
    expect(await jobCount()).toBe(jobsBefore);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.mails.length).toBe(before);
    expect(smtp.to('nobody@example.nl')).toEqual([]);
  });

  it('keeps answering while the mail server refuses, and delivers once it accepts again', async () => {
    const retried = await metric('notifications_retried_total{channel="mail"}');
    const sent = await metric('notifications_sent_total{channel="mail"}');
    smtp.setRefusing(true);
    const response = await server.graphql(REGISTER, { eventId, email: 'retry@example.nl' });
    expect(response.status).toBe(200);
    await new Promise((r) => setTimeout(r, 1000));
    const [failed] = await server.dataSource.query(
      `SELECT status, attempts, last_error FROM mail_message WHERE to_address = 'retry@example.nl'`,
    );
    expect(failed.status).toBe('PENDING');
    expect(failed.attempts).toBeGreaterThanOrEqual(1);
    expect(failed.last_error).toContain('451');
    expect(failed.last_error).not.toContain('retry@example.nl');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    smtp.setRefusing(false);
    // graphile-worker's first retry comes after e^1 ≈ 2.7 s.
    await smtp.waitFor(() => smtp.to('retry@example.nl').length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.to('retry@example.nl')).toHaveLength(1);
    expect(await metric('notifications_retried_total{channel="mail"}')).toBeGreaterThan(retried);
    expect(await metric('notifications_sent_total{channel="mail"}')).toBeGreaterThan(sent);
  });

  it('gives a mail up after its last attempt: marked FAILED, counted, and never sent', async () => {
    const failed = await metric('notifications_failed_total{channel="mail"}');
    smtp.setRefusing(true);
    try {
      await server.graphql(REGISTER, { eventId, email: 'opgegeven@example.nl' });
      const mailRow = async () =>
        (
          await server.dataSource.query(
            `SELECT id, status, attempts FROM mail_message WHERE to_address = 'opgegeven@example.nl'`,
          )
        )[0] as { id: string; status: string; attempts: number } | undefined;
      for (let i = 0; i < 100 && !((await mailRow())?.attempts ?? 0); i += 1) {
        await new Promise((r) => setTimeout(r, 100));
      }
      // Its retries used up but one: the queue runs the last attempt now.
      const { id } = (await mailRow())!;
      await server.dataSource.query(
        `UPDATE graphile_worker._private_jobs SET attempts = max_attempts - 1, run_at = now() WHERE key = $1`,
        [`mail:${id}`],
      );
      for (let i = 0; i < 100 && (await mailRow())!.status !== 'FAILED'; i += 1) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await mailRow())!.status).toBe('FAILED');
      expect(await metric('notifications_failed_total{channel="mail"}')).toBe(failed + 1);
    } finally {
      smtp.setRefusing(false);
    }
    // Nothing is sent later: the job is done with.
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.to('opgegeven@example.nl')).toEqual([]);
  });
});
