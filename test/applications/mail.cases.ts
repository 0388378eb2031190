import { toGlobalId } from '../../src/kit';
import type { NotificationWorker } from '../../src/modules/notifications';
import { startWorker } from '../../src/notification-worker';
import { startSmtpServer } from '../notifications/smtp';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

let api: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let worker: NotificationWorker;
let secretary: Record<string, string>;
let zzo: string;

const APPLY = `mutation Apply($input: ApplyAsBusinessInput!) {
  applyAsBusiness(input: $input) { received userErrors { code message field } }
}`;
const LIST = `query { businessApplications(filter: { status: PENDING }) { nodes { id kvkNumber } } }`;

const application = (kvkNumber: string, contactEmail: string) => ({
  kvkNumber,
  name: `Schilderwerken ${kvkNumber}`,
  street: 'Dorpsstraat',
  houseNumber: '12',
  postcode: '3701ab',
  city: 'Zeist',
  municipality: 'GM0355',
  contactName: 'Sanne van Dijk',
  contactEmail,
  association: zzo,
  description: 'Binnen- en buitenschilderwerk voor woningen en kantoren',
  cpvCodes: ['45442100'],
});

beforeAll(async () => {
  smtp = await startSmtpServer();
  api = await startTestServer({ env: { SMTP_URL: smtp.url, FRONTEND_URL: 'https://www.regioq4.test' } });
  // The demo's own mails wait in the template's queue: not this file's business.
  await api.dataSource.query('DELETE FROM graphile_worker._private_jobs');
  const url = (api.dataSource.options as { url: string }).url;
  worker = await startWorker(api.config, api.dataSource, url, api.log);
  const [row] = await api.dataSource.query(`SELECT id FROM association WHERE short_name = 'ZZO'`);
  zzo = toGlobalId('Association', row.id);
  secretary = await api.token({
    roles: [Role.SECRETARY],
    association: zzo,
    sub: 'sec-zzo',
    name: 'Secretaris',
  });
});
afterAll(async () => {
  await worker?.stop();
  await api?.close();
  await smtp?.close();
});

/** Applies anonymously; returns the confirmation link from the mail the SMTP server received. */
async function applyAndReadLink(kvk: string, email: string): Promise<string> {
  const applied = await api.graphql(APPLY, { input: application(kvk, email) });
  expect(applied.body.data).toEqual({ applyAsBusiness: { received: true, userErrors: [] } });
  await smtp.waitFor(() => smtp.to(email).length > 0);
  const [mail] = smtp.to(email);
  expect(mail.subject).toBe(`Bevestig de aanmelding van Schilderwerken ${kvk}`);
  expect(mail.text).toContain('Beste Sanne van Dijk,');
  return /Bevestig mijn e-mailadres: (\S+)/.exec(mail.text!)![1];
}

async function confirmThrough(link: string): Promise<void> {
  const url = new URL(link);
  expect(`${url.origin}${url.pathname}`).toBe(`${api.url}/applications/confirm`);
  // The page behind the link shows the button; its form posts the token.
  const page = await (await fetch(link)).text();
  const token = /name="token" value="([^"]+)"/.exec(page)![1];
  const posted = await fetch(`${api.url}/applications/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }).toString(),
  });
  expect(posted.status).toBe(200);
}

async function pendingId(kvk: string): Promise<string> {
  const listed = await api.graphql(LIST, {}, secretary);
  const nodes = (listed.body.data!.businessApplications as { nodes: { id: string; kvkNumber: string }[] })
    .nodes;
  return nodes.find((node) => node.kvkNumber === kvk)!.id;
}

describe('application mails through a real SMTP server', () => {
  test('the mailed link confirms the application; approval is mailed to the contact', async () => {
    const link = await applyAndReadLink('77000091', 'sanne.mail@example.nl');
    await confirmThrough(link);
    const id = await pendingId('77000091');
    const approved = await api.graphql(
      `mutation ($id: ID!) { approveBusinessApplication(input: { id: $id }) { application { status } userErrors { code } } }`,
      { id },
      secretary,
    );
    expect(approved.body.data!.approveBusinessApplication).toEqual({
      application: { status: 'APPROVED' },
      userErrors: [],
    });
    await smtp.waitFor(() => smtp.to('sanne.mail@example.nl').length > 1);
    const decision = smtp.to('sanne.mail@example.nl')[1];
    expect(decision.subject).toBe('Schilderwerken 77000091 is opgenomen in het register van Regio Q4');
    expect(decision.text).toContain('is goedgekeurd');
    const [business] = await api.dataSource.query(`SELECT name FROM business WHERE kvk_number = '77000091'`);
    expect(business).toEqual({ name: 'Schilderwerken 77000091' });
  });

  test('a rejection reaches the contact with its reason; nothing else is sent', async () => {
    const link = await applyAndReadLink('77000092', 'piet.mail@example.nl');
    await confirmThrough(link);
    const id = await pendingId('77000092');
    const rejected = await api.graphql(
      `mutation ($id: ID!) { rejectBusinessApplication(input: { id: $id, reason: "Geen vestiging in de regio" }) { userErrors { code } } }`,
      { id },
      secretary,
    );
    expect(rejected.body.data!.rejectBusinessApplication).toEqual({ userErrors: [] });
    await smtp.waitFor(() => smtp.to('piet.mail@example.nl').length > 1);
    const decision = smtp.to('piet.mail@example.nl')[1];
    expect(decision.subject).toBe('Uw aanmelding van Schilderwerken 77000092 is afgewezen');
    expect(decision.text).toContain('Geen vestiging in de regio');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.to('piet.mail@example.nl')).toHaveLength(2);
  });

  test('a refused application sends no mail', async () => {
    const before = smtp.mails.length;
    const refused = await api.graphql(APPLY, {
      input: { ...application('77000093', 'x@example.nl'), cpvCodes: ['99999999'] },
    });
    expect(refused.body.data!.applyAsBusiness).toMatchObject({ received: false });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.mails.length).toBe(before);
  });
});
