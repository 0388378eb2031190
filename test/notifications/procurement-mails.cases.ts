import { DateTime } from 'luxon';
import { toGlobalId } from '../../src/kit';
import { scanReminders } from '../../src/modules/notifications';
import {
  AwardProcurementRequestDocument,
  CancelProcurementRequestDocument,
  CloseProcurementRequestDocument,
  InviteSuppliersDocument,
  SubmitQuoteDocument,
} from '../__generated__/graphql';
import { civilServant, createRequest, createSupplier, dbId, openQuotes } from '../procurement/fixtures';
import { Role } from '../support/test-server';
import { FRONTEND, idInLink, linksOf, startMailTest, textOf } from './setup';

let t: Awaited<ReturnType<typeof startMailTest>>;
const BUYER_ADDRESS = 'inkoop@zeist.example.nl';
let buyer: Record<string, string>;
const suppliers: { name: string; contact: string; profileId: string; kvkNumber: string }[] = [];

beforeAll(async () => {
  t = await startMailTest();
  buyer = await civilServant(t.server, 'GM0355');
  // The buyer gives the address for their mails (tokens carry none).
  const set = await t.server.graphql(
    `mutation ($email: String!) { setNotificationAddress(input: { email: $email }) { address userErrors { code } } }`,
    { email: BUYER_ADDRESS },
    buyer,
  );
  expect(set.body.data).toEqual({ setNotificationAddress: { address: BUYER_ADDRESS, userErrors: [] } });
  for (const [name, contact] of [
    ['Drukkerij Slotlaan', 'Piet Pers'],
    ['Zeister Drukwerk', 'Ria Rotatie'],
    ['Heuvelrug Print', 'Kees Kopij'],
  ]) {
    const supplier = await createSupplier(
      t.server,
      { name, municipality: 'GM0355' },
      {
        description: 'Drukwerk',
        cpvCodes: ['79810000'],
        contactName: contact,
        contactEmail: `${contact.split(' ')[0].toLowerCase()}@${name.split(' ')[1].toLowerCase()}.example.nl`,
      },
    );
    suppliers.push({ name, contact, ...supplier });
  }
});
afterAll(() => t?.close());

const addressOf = (s: (typeof suppliers)[number]) =>
  `${s.contact.split(' ')[0].toLowerCase()}@${s.name.split(' ')[1].toLowerCase()}.example.nl`;
const memberOf = (s: (typeof suppliers)[number]) =>
  t.server.token({ roles: [Role.MEMBER], kvk: s.kvkNumber, sub: `lid-${s.kvkNumber}`, name: s.contact });

async function invitedRequest(title: string, deadline = new Date(Date.now() + 14 * 86_400_000)) {
  const requestId = await createRequest(t.server, buyer, {
    title,
    description: `Beschrijving van ${title}.`,
    estimatedValue: 6_000_000, // €60,000 of printing: MULTIPLE_QUOTE, three suppliers
    deadline: deadline.toISOString(),
  });
  const invited = await t.server.graphql(
    InviteSuppliersDocument,
    { input: { requestId, supplierIds: suppliers.map((s) => s.profileId) } },
    buyer,
  );
  expect(invited.body.data!.inviteSuppliers.userErrors).toEqual([]);
  return requestId;
}

const nodeId = async (id: string, headers: Record<string, string>) =>
  (
    (await t.server.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id }, headers)).body.data as {
      node: { id: string } | null;
    }
  ).node?.id ?? null;

describe('procurement mails', () => {
  let requestId: string;
  const invitationIds = new Map<string, string>();

  it("invites each supplier's contact in Dutch with the request, the deadline and a link to quote", async () => {
    requestId = await invitedRequest('Drukwerk gemeentegids 2027');
    for (const supplier of suppliers) {
      await t.smtp.waitFor(() => t.smtp.to(addressOf(supplier)).length > 0);
      const [mail] = t.smtp.to(addressOf(supplier));
      expect(mail.subject).toBe('Uitnodiging tot offerte: Drukwerk gemeentegids 2027');
      expect(mail.text).toContain(`Beste ${supplier.contact},`);
      expect(mail.text).toContain(`De gemeente Zeist nodigt ${supplier.name} uit`);
      expect(mail.text).toContain('Beschrijving van Drukwerk gemeentegids 2027.');
      expect(mail.text).toMatch(/Sluitingstijd: \w+dag \d+ \w+ \d{4} om \d\d:\d\d\./);
      expect(mail.text).toContain(
        `U ontvangt deze e-mail omdat u de contactpersoon van ${supplier.name} bent`,
      );
      const links = linksOf(mail);
      expect(links.get('Offerte uitbrengen')!.startsWith(`${FRONTEND}/inkoop/offerte/`)).toBe(true);
      expect(idInLink(links.get('De aanvraag bekijken')!)).toBe(requestId);
      // The link names the supplier's own invitation: the member reads it, and can quote with its id.
      const invitationId = idInLink(links.get('Offerte uitbrengen')!);
      expect(await nodeId(invitationId, await memberOf(supplier))).toBe(invitationId);
      invitationIds.set(supplier.name, invitationId);
      expect(mail.html).toContain('Offerte uitbrengen');
    }
    // Nobody else: one invitation per supplier, nothing to the buyer.
    expect(t.smtp.to(BUYER_ADDRESS)).toEqual([]);
  });

  it('tells the buyer of a quote, who and when but not how much (sealed), with a link to the request', async () => {
    const first = suppliers[0];
    const quoted = await t.server.graphql(
      SubmitQuoteDocument,
      {
        input: {
          invitationId: invitationIds.get(first.name)!,
          amount: 1_234_500,
          note: 'Inclusief bezorging',
        },
      },
      await memberOf(first),
    );
    expect(quoted.body).toMatchObject({ data: { submitQuote: { userErrors: [] } } });
    await t.smtp.waitFor(() => t.smtp.to(BUYER_ADDRESS).length > 0);
    const [mail] = t.smtp.to(BUYER_ADDRESS);
    expect(mail.subject).toBe('Offerte ontvangen: Drukwerk gemeentegids 2027');
    expect(mail.text).toContain('Beste lezer,');
    expect(mail.text).toContain(`${first.name} heeft op`);
    // Quotes are sealed until they are opened after the deadline: the mail does not give the amount away.
    expect(textOf(mail)).not.toContain('12.345');
    expect(mail.html).not.toContain('12.345');
    expect(mail.text).toContain('De offertes blijven verzegeld tot de sluitingstijd');
    expect(mail.text).toContain('U ontvangt deze e-mail omdat u de aanvraag');
    const link = linksOf(mail).get('Offertes bekijken')!;
    expect(idInLink(link)).toBe(requestId);
    expect(await nodeId(idInLink(link), buyer)).toBe(requestId);
  });

  it('publishes an answer to every invitee, without naming who asked', async () => {
    const asker = suppliers[1];
    const asked = await t.server.graphql<{
      askProcurementQuestion: { question: { id: string } | null; userErrors: unknown[] };
    }>(
      `mutation ($input: AskProcurementQuestionInput!) {
        askProcurementQuestion(input: $input) { question { id } userErrors { code } }
      }`,
      { input: { requestId, question: 'Mag de gids ook op gerecycled papier?' } },
      await memberOf(asker),
    );
    expect(asked.body.data!.askProcurementQuestion.userErrors).toEqual([]);
    const questionId = asked.body.data!.askProcurementQuestion.question!.id;
    const subject = 'Nota van inlichtingen: Drukwerk gemeentegids 2027';
    // Asking sends nothing yet: the nota goes out with the answer.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(suppliers.flatMap((s) => t.smtp.to(addressOf(s))).filter((m) => m.subject === subject)).toEqual(
      [],
    );

    const answered = await t.server.graphql<{ answerProcurementQuestion: { userErrors: unknown[] } }>(
      `mutation ($input: AnswerProcurementQuestionInput!) {
        answerProcurementQuestion(input: $input) { question { id } userErrors { code } }
      }`,
      { input: { questionId, answer: 'Ja, FSC-gecertificeerd gerecycled papier is toegestaan.' } },
      buyer,
    );
    expect(answered.body.data!.answerProcurementQuestion.userErrors).toEqual([]);
    for (const supplier of suppliers) {
      await t.smtp.waitFor(() => t.smtp.to(addressOf(supplier)).some((m) => m.subject === subject));
      const mails = t.smtp.to(addressOf(supplier)).filter((m) => m.subject === subject);
      expect(mails).toHaveLength(1);
      const text = mails[0].text!;
      expect(text).toContain('Vraag: Mag de gids ook op gerecycled papier?');
      expect(text).toContain('Antwoord: Ja, FSC-gecertificeerd gerecycled papier is toegestaan.');
      expect(text).toContain('wie de vraag stelde, wordt niet bekendgemaakt');
      // The other invitees' mails do not name the asker.
      if (supplier !== asker) {
        expect(text).not.toContain(asker.name);
        expect(text).not.toContain(asker.contact);
      }
      expect(idInLink(linksOf(mails[0]).get('De aanvraag bekijken')!)).toBe(requestId);
    }
    expect(t.smtp.to(BUYER_ADDRESS).filter((m) => m.subject === subject)).toEqual([]);
  });

  it('reminds invitees without a quote the day before the deadline from 09:00 Amsterdam time, once', async () => {
    // A day ten days ahead: the worker's own cron scans at the real time, and would find a deadline of
    // tomorrow due on its own after 09:00 today.
    const day = DateTime.now().setZone('Europe/Amsterdam').startOf('day').plus({ days: 10 });
    await t.server.dataSource.query('UPDATE procurement_request SET deadline = $2 WHERE id = $1', [
      dbId(requestId),
      day.plus({ days: 1, hours: 17 }).toJSDate(),
    ]);
    const delivery = t.worker.delivery;
    const before = (address: string) =>
      t.smtp.to(address).filter((m) => m.subject!.startsWith('Herinnering'));
    await scanReminders(delivery, day.plus({ hours: 8, minutes: 59 }).toJSDate());
    await new Promise((r) => setTimeout(r, 500));
    expect(suppliers.flatMap((s) => before(addressOf(s)))).toEqual([]);
    // Two processes' scans of the same minute, and a later one: each reminder fires once.
    await Promise.all([
      scanReminders(delivery, day.plus({ hours: 9 }).toJSDate()),
      scanReminders(delivery, day.plus({ hours: 9 }).toJSDate()),
    ]);
    await scanReminders(delivery, day.plus({ hours: 15 }).toJSDate());
    for (const supplier of suppliers.slice(1))
      await t.smtp.waitFor(() => before(addressOf(supplier)).length > 0);
    await new Promise((r) => setTimeout(r, 500));
    expect(before(addressOf(suppliers[0]))).toEqual([]); // it quoted
    for (const supplier of suppliers.slice(1)) {
      const mails = before(addressOf(supplier));
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('Herinnering: offerte voor „Drukwerk gemeentegids 2027” sluit morgen');
      expect(mails[0].text).toContain('wij hebben nog geen offerte ontvangen');
      // Optional: the mail carries the link that switches reminders off.
      expect(mails[0].text).toContain('Pas uw voorkeuren aan: ');
    }
  });

  it('tells every invitee the outcome: the winner and the amount', async () => {
    await t.server.dataSource.query(
      `UPDATE procurement_request SET deadline = now() - interval '1 minute' WHERE id = $1`,
      [dbId(requestId)],
    );
    expect(
      (await t.server.graphql(CloseProcurementRequestDocument, { id: requestId }, buyer)).body.data!
        .closeProcurementRequest.userErrors,
    ).toEqual([]);
    // The quotes are opened after the deadline by two civil servants before the award.
    await openQuotes(t.server, 'GM0355', requestId);
    const [quote] = await t.server.dataSource.query('SELECT id FROM quote WHERE request_id = $1', [
      dbId(requestId),
    ]);
    const award = await t.server.graphql(
      AwardProcurementRequestDocument,
      { input: { requestId, quoteId: toGlobalId('Quote', quote.id) } },
      buyer,
    );
    expect(award.body.data!.awardProcurementRequest.userErrors).toEqual([]);
    for (const supplier of suppliers) {
      await t.smtp.waitFor(() => t.smtp.to(addressOf(supplier)).some((m) => m.subject!.startsWith('Gegund')));
      const mail = t.smtp.to(addressOf(supplier)).find((m) => m.subject!.startsWith('Gegund'))!;
      expect(mail.subject).toBe('Gegund: Drukwerk gemeentegids 2027');
      expect(textOf(mail)).toContain(`is gegund aan ${suppliers[0].name}, voor € 12.345,00`);
      expect(mail.text!.startsWith(`Beste ${supplier.contact},`)).toBe(true);
      if (supplier === suppliers[0]) expect(mail.text).toContain('Gefeliciteerd');
      else expect(mail.text).not.toContain('Gefeliciteerd');
    }
  });

  it('tells every invitee a request was cancelled, with the reason', async () => {
    const cancelledId = await invitedRequest('Drukwerk jaarverslag');
    const cancelled = await t.server.graphql(
      CancelProcurementRequestDocument,
      { id: cancelledId, reason: 'Budget ingetrokken' },
      buyer,
    );
    expect(cancelled.body.data!.cancelProcurementRequest.userErrors).toEqual([]);
    for (const supplier of suppliers) {
      await t.smtp.waitFor(() =>
        t.smtp.to(addressOf(supplier)).some((m) => m.subject === 'Ingetrokken: Drukwerk jaarverslag'),
      );
      const mail = t.smtp
        .to(addressOf(supplier))
        .find((m) => m.subject === 'Ingetrokken: Drukwerk jaarverslag')!;
      expect(mail.text).toContain('heeft de aanvraag „Drukwerk jaarverslag” ingetrokken');
      expect(mail.text).toContain('Reden: Budget ingetrokken');
    }
  });
});
