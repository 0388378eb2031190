import {
  AnswerProcurementQuestionDocument,
  AskProcurementQuestionDocument,
  AwardProcurementRequestDocument,
  CancelProcurementRequestDocument,
  CloseProcurementRequestDocument,
  ConfirmProcurementQuoteOpeningDocument,
  InviteSuppliersDocument,
  MyInvitationsDocument,
  OpenProcurementQuotesDocument,
  QuoteNodeDocument,
  RequestQuestionsDocument,
  RequestQuotesDocument,
  SubmitQuoteDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import { civilServant, createRequest, createSupplier, DAY, dbId } from './fixtures';

/**
 * The procedure around quotes (issue 21): sealed quotes opened after the deadline (by two civil servants
 * from the multiple-quote procedure up), a reason for every exception, and questions answered to all
 * invitees without naming who asked.
 */
const ADVERTISING = '79341000';
let api: TestServer;
type Supplier = Awaited<ReturnType<typeof createSupplier>>;
const s: Record<string, Supplier> = {};
let zeist: Record<string, string>;
let zeistSecond: Record<string, string>;
let deBilt: Record<string, string>;

beforeAll(async () => {
  api = await startTestServer();
  zeist = await civilServant(api, 'GM0355');
  zeistSecond = await civilServant(api, 'GM0355', 'tweede-zeist');
  deBilt = await civilServant(api, 'GM0310');
  const make = (key: string, name: string) =>
    createSupplier(
      api,
      { name, municipality: 'GM0355' },
      {
        description: 'Reclame',
        cpvCodes: [ADVERTISING],
        contactName: 'Karin Bos',
        contactEmail: 'k@example.nl',
      },
    ).then((supplier) => (s[key] = supplier));
  await make('a', 'Reclame Aan de Laan');
  await make('b', 'Slotlaan Campagnes');
  await make('c', 'Zeister Drukwerk');
  await make('d', 'Reclamestudio Driebergen');
});
afterAll(() => api.close());

const memberOf = (supplier: Supplier) =>
  api.token({ roles: [Role.MEMBER], kvk: supplier.kvkNumber, sub: `lid-${supplier.kvkNumber}`, name: 'Lid' });

/** A request of Zeist (single quote under €50,000 for services, else multiple) with these invitees. */
async function inviting(estimatedValue: number, invitees: Supplier[], extra = {}) {
  const requestId = await createRequest(api, zeist, { cpvCode: ADVERTISING, estimatedValue, ...extra });
  const invite = await api.graphql(
    InviteSuppliersDocument,
    { input: { requestId, supplierIds: invitees.map((x) => x.profileId) } },
    zeist,
  );
  expect(invite.body.data!.inviteSuppliers.userErrors).toEqual([]);
  return requestId;
}

async function quote(supplier: Supplier, requestId: string, amount: number, note = `Toelichting ${amount}`) {
  const member = await memberOf(supplier);
  const mine = (await api.graphql(MyInvitationsDocument, { kvkNumber: supplier.kvkNumber }, member)).body
    .data!.businessByKvkNumber!.procurementInvitations!;
  const invitation = mine.find((i) => i.request?.id === requestId)!;
  const res = await api.graphql(
    SubmitQuoteDocument,
    { input: { invitationId: invitation.id, amount, note } },
    member,
  );
  expect(res.body.data!.submitQuote.userErrors).toEqual([]);
  return res.body.data!.submitQuote.quote!.id;
}

const pastDeadline = (requestId: string) =>
  api.dataSource.query(
    `UPDATE procurement_request SET deadline = now() - interval '1 minute' WHERE id = $1`,
    [dbId(requestId)],
  );

const requestRow = async (requestId: string) =>
  (await api.dataSource.query(`SELECT * FROM procurement_request WHERE id = $1`, [dbId(requestId)]))[0];

const codes = (errors: { code: string }[]) => errors.map((e) => e.code);

describe('sealed quotes', () => {
  let requestId: string;
  let quoteA: string;
  let quoteB: string;
  beforeAll(async () => {
    requestId = await inviting(6_000_000, [s.a, s.b, s.c]);
    // B quotes more than A: an order by amount would give that away.
    quoteA = await quote(s.a, requestId, 5_100_000);
    quoteB = await quote(s.b, requestId, 5_900_000);
  });

  test('before the opening the buyers see who quoted, not how much, through every path', async () => {
    const admin = await api.token({ roles: [Role.ADMIN] });
    for (const buyer of [zeist, admin]) {
      const res = await api.graphql(RequestQuotesDocument, { id: requestId }, buyer);
      expect(res.body.errors).toBeUndefined();
      const request = res.body.data!.procurementRequest!;
      expect(request.quotesSealed).toBe(true);
      expect(request.quotes.map((q) => q.supplier.id).sort()).toEqual([s.a.profileId, s.b.profileId].sort());
      expect(request.quotes.every((q) => q.amount === null && q.note === null && q.submittedAt)).toBe(true);
      // Not cheapest first while sealed: in the order of the quotes' (random) ids.
      expect(request.quotes.map((q) => q.id)).toEqual(
        [quoteA, quoteB].sort((x, y) => (dbId(x) < dbId(y) ? -1 : 1)),
      );
      const viaInvitations = request.invitations.filter((i) => i.quote).map((i) => i.quote!);
      expect(viaInvitations).toHaveLength(2);
      expect(viaInvitations.every((q) => q.amount === null && q.note === null)).toBe(true);
      for (const id of [quoteA, quoteB]) {
        const node = await api.graphql(QuoteNodeDocument, { id }, buyer);
        expect(node.body.data!.node).toEqual({ id, amount: null, note: null });
      }
    }
    // The supplier reads its own quote; the other invitee does not see it at all.
    const own = await api.graphql(QuoteNodeDocument, { id: quoteA }, await memberOf(s.a));
    expect(own.body.data!.node).toEqual({ id: quoteA, amount: 5_100_000, note: 'Toelichting 5100000' });
    const other = await api.graphql(QuoteNodeDocument, { id: quoteA }, await memberOf(s.b));
    expect(other.body.data!.node).toBeNull();
    // The open data and the figures: nothing of the request while sealed.
    const ocds = await (await fetch(`${api.url}/ocds/releases.json?municipality=GM0355&limit=1000`)).text();
    expect(ocds).not.toContain(dbId(requestId));
    const stats = await api.graphql(
      `query { procurementStats(year: ${new Date().getFullYear()}) { awardedValue }
               annualReview(year: ${new Date().getFullYear()}) { procurement { current { awardedValue } } } }`,
    );
    expect(JSON.stringify(stats.body)).not.toMatch(/5100000|5900000/);
  });

  test('opening before the deadline is QUOTES_SEALED and changes nothing; also after an early close', async () => {
    const early = await api.graphql(OpenProcurementQuotesDocument, { requestId }, zeist);
    expect(codes(early.body.data!.openProcurementQuotes.userErrors)).toEqual(['QUOTES_SEALED']);
    const closed = await api.graphql(
      CloseProcurementRequestDocument,
      { id: requestId, reason: 'Alle drie de genodigden hebben gereageerd' },
      zeist,
    );
    expect(closed.body.data!.closeProcurementRequest.userErrors).toEqual([]);
    const still = await api.graphql(OpenProcurementQuotesDocument, { requestId }, zeist);
    expect(codes(still.body.data!.openProcurementQuotes.userErrors)).toEqual(['QUOTES_SEALED']);
    expect((await requestRow(requestId)).quotes_opened_at).toBeNull();
  });

  test('from the multiple-quote procedure up, two different civil servants open the quotes', async () => {
    await pastDeadline(requestId);
    // Another municipality's civil servant does not find the request; an admin is no civil servant.
    const other = await api.graphql(OpenProcurementQuotesDocument, { requestId }, deBilt);
    expect(codes(other.body.data!.openProcurementQuotes.userErrors)).toEqual(['NOT_FOUND']);
    const admin = await api.graphql(
      OpenProcurementQuotesDocument,
      { requestId },
      await api.token({ roles: [Role.ADMIN] }),
    );
    expect(admin.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const opened = await api.graphql(OpenProcurementQuotesDocument, { requestId }, zeist);
    expect(opened.body.data!.openProcurementQuotes).toMatchObject({
      userErrors: [],
      procurementRequest: { quotesSealed: true, quotesOpenedByName: 'Ambtenaar GM0355' },
    });
    expect(opened.body.data!.openProcurementQuotes.procurementRequest!.quotesOpenedAt).toBeTruthy();
    // Opened once only, and still sealed for the buyers until the second civil servant confirms.
    const twice = await api.graphql(OpenProcurementQuotesDocument, { requestId }, zeistSecond);
    expect(codes(twice.body.data!.openProcurementQuotes.userErrors)).toEqual(['INVALID_TRANSITION']);
    const sealed = await api.graphql(RequestQuotesDocument, { id: requestId }, zeist);
    expect(sealed.body.data!.procurementRequest!.quotes.map((q) => q.amount)).toEqual([null, null]);
    const award = await api.graphql(
      AwardProcurementRequestDocument,
      { input: { requestId, quoteId: quoteA } },
      zeist,
    );
    expect(codes(award.body.data!.awardProcurementRequest.userErrors)).toEqual(['QUOTES_SEALED']);

    // The same civil servant cannot be the second pair of eyes.
    const same = await api.graphql(ConfirmProcurementQuoteOpeningDocument, { requestId }, zeist);
    expect(codes(same.body.data!.confirmProcurementQuoteOpening.userErrors)).toEqual([
      'SECOND_OFFICIAL_REQUIRED',
    ]);
    expect((await requestRow(requestId)).quotes_opening_confirmed_at).toBeNull();

    const confirmed = await api.graphql(ConfirmProcurementQuoteOpeningDocument, { requestId }, zeistSecond);
    expect(confirmed.body.data!.confirmProcurementQuoteOpening).toMatchObject({
      userErrors: [],
      procurementRequest: { quotesSealed: false, quotesOpeningConfirmedByName: 'Ambtenaar GM0355' },
    });
    const row = await requestRow(requestId);
    expect([row.quotes_opened_by_subject, row.quotes_opening_confirmed_by_subject]).toEqual([
      'ambtenaar-GM0355',
      'tweede-zeist',
    ]);
    const open = await api.graphql(RequestQuotesDocument, { id: requestId }, zeist);
    // Cheapest first now, with the notes.
    expect(open.body.data!.procurementRequest!.quotes.map((q) => [q.id, q.amount, q.note])).toEqual([
      [quoteA, 5_100_000, 'Toelichting 5100000'],
      [quoteB, 5_900_000, 'Toelichting 5900000'],
    ]);
    const node = await api.graphql(QuoteNodeDocument, { id: quoteB }, zeist);
    expect(node.body.data!.node).toEqual({ id: quoteB, amount: 5_900_000, note: 'Toelichting 5900000' });
  });

  test('a single quote is opened by one civil servant and needs no confirmation', async () => {
    const single = await inviting(500_000, [s.c]);
    const id = await quote(s.c, single, 480_000);
    await pastDeadline(single);
    const opened = await api.graphql(OpenProcurementQuotesDocument, { requestId: single }, zeist);
    expect(opened.body.data!.openProcurementQuotes.procurementRequest!.quotesSealed).toBe(false);
    const node = await api.graphql(QuoteNodeDocument, { id }, zeist);
    expect(node.body.data!.node).toMatchObject({ amount: 480_000 });
    const confirm = await api.graphql(
      ConfirmProcurementQuoteOpeningDocument,
      { requestId: single },
      zeistSecond,
    );
    expect(codes(confirm.body.data!.confirmProcurementQuoteOpening.userErrors)).toEqual([
      'INVALID_TRANSITION',
    ]);
  });
});

describe('reasons for every exception', () => {
  test('closing before the deadline needs a reason; it is kept with who closed and when', async () => {
    const requestId = await inviting(6_000_000, [s.a, s.b, s.c]);
    for (const reason of [undefined, null, '   ']) {
      const res = await api.graphql(CloseProcurementRequestDocument, { id: requestId, reason }, zeist);
      expect(res.body.data!.closeProcurementRequest.userErrors).toEqual([
        { code: 'REASON_REQUIRED', field: ['input', 'reason'] },
      ]);
    }
    expect(await requestRow(requestId)).toMatchObject({
      status: 'INVITING',
      closed_at: null,
      close_reason: null,
    });
    const res = await api.graphql(
      CloseProcurementRequestDocument,
      { id: requestId, reason: '  Budget bevroren tot na de begrotingsbehandeling  ' },
      zeist,
    );
    expect(res.body.data!.closeProcurementRequest).toMatchObject({
      userErrors: [],
      procurementRequest: {
        status: 'EVALUATING',
        closeReason: 'Budget bevroren tot na de begrotingsbehandeling',
        closedByName: 'Ambtenaar GM0355',
      },
    });
    // The request's log shows the step with its reason; the invitees read the reason, not who closed.
    const log = (await api.graphql(RequestQuotesDocument, { id: requestId }, zeist)).body.data!
      .procurementRequest!.log;
    expect(log.map((e) => [e.step, e.byName, e.reason])).toEqual([
      ['CREATED', 'Ambtenaar GM0355', null],
      ['INVITED', 'Ambtenaar GM0355', null],
      ['CLOSED', 'Ambtenaar GM0355', 'Budget bevroren tot na de begrotingsbehandeling'],
    ]);
    const seenLog = (await api.graphql(RequestQuotesDocument, { id: requestId }, await memberOf(s.b))).body
      .data!.procurementRequest!.log;
    expect(seenLog.map((e) => [e.step, e.byName, e.reason])).toEqual([
      ['CREATED', null, null],
      ['INVITED', null, null],
      ['CLOSED', null, 'Budget bevroren tot na de begrotingsbehandeling'],
    ]);
    const seen = await api.graphql(RequestQuotesDocument, { id: requestId }, await memberOf(s.b));
    expect(seen.body.data!.procurementRequest!.closeReason).toBe(
      'Budget bevroren tot na de begrotingsbehandeling',
    );
  });

  test('after the deadline closing needs no reason', async () => {
    const requestId = await inviting(500_000, [s.a]);
    await pastDeadline(requestId);
    const res = await api.graphql(CloseProcurementRequestDocument, { id: requestId }, zeist);
    expect(res.body.data!.closeProcurementRequest).toMatchObject({
      userErrors: [],
      procurementRequest: { status: 'EVALUATING', closeReason: null },
    });
  });

  test('awarding another quote than the lowest needs a rationale, which is public', async () => {
    const requestId = await inviting(6_000_000, [s.a, s.b, s.c]);
    await quote(s.a, requestId, 15_990_000); // the lowest
    const local = await quote(s.b, requestId, 16_000_000);
    await pastDeadline(requestId);
    await api.graphql(CloseProcurementRequestDocument, { id: requestId }, zeist);
    await api.graphql(OpenProcurementQuotesDocument, { requestId }, zeist);
    await api.graphql(ConfirmProcurementQuoteOpeningDocument, { requestId }, zeistSecond);
    for (const rationale of [undefined, '  ']) {
      const refused = await api.graphql(
        AwardProcurementRequestDocument,
        { input: { requestId, quoteId: local, rationale } },
        zeist,
      );
      expect(refused.body.data!.awardProcurementRequest.userErrors).toEqual([
        { code: 'REASON_REQUIRED', field: ['input', 'rationale'] },
      ]);
    }
    expect(await requestRow(requestId)).toMatchObject({ status: 'EVALUATING' });
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM award WHERE request_id = $1`, [
      dbId(requestId),
    ]);
    expect(n).toBe(0);
    const awarded = await api.graphql(
      AwardProcurementRequestDocument,
      { input: { requestId, quoteId: local, rationale: 'Snellere levering bij nagenoeg gelijke prijs' } },
      zeist,
    );
    expect(awarded.body.data!.awardProcurementRequest).toMatchObject({
      userErrors: [],
      award: { value: 16_000_000, rationale: 'Snellere levering bij nagenoeg gelijke prijs' },
    });
    const awardLog = (await api.graphql(RequestQuotesDocument, { id: requestId }, zeist)).body.data!
      .procurementRequest!.log;
    expect(awardLog.map((e) => e.step)).toEqual([
      'CREATED',
      'INVITED',
      'CLOSED',
      'QUOTES_OPENED',
      'OPENING_CONFIRMED',
      'AWARDED',
    ]);
    expect(awardLog.at(-1)!.reason).toBe('Snellere levering bij nagenoeg gelijke prijs');
  });

  test('the lowest quote is awarded without a rationale', async () => {
    const requestId = await inviting(500_000, [s.c]);
    const only = await quote(s.c, requestId, 450_000);
    await pastDeadline(requestId);
    await api.graphql(CloseProcurementRequestDocument, { id: requestId }, zeist);
    await api.graphql(OpenProcurementQuotesDocument, { requestId }, zeist);
    const awarded = await api.graphql(
      AwardProcurementRequestDocument,
      { input: { requestId, quoteId: only } },
      zeist,
    );
    expect(awarded.body.data!.awardProcurementRequest).toMatchObject({
      userErrors: [],
      award: { rationale: null },
    });
  });

  test('cancelling with only blanks for a reason is REASON_REQUIRED and changes nothing', async () => {
    const requestId = await inviting(500_000, [s.a]);
    const res = await api.graphql(CancelProcurementRequestDocument, { id: requestId, reason: '    ' }, zeist);
    expect(res.body.data!.cancelProcurementRequest.userErrors).toEqual([
      { code: 'REASON_REQUIRED', field: ['input', 'reason'] },
    ]);
    expect(await requestRow(requestId)).toMatchObject({
      status: 'INVITING',
      cancel_reason: null,
      cancelled_at: null,
    });
    const cancelled = await api.graphql(
      CancelProcurementRequestDocument,
      { id: requestId, reason: 'Opdracht komt te vervallen' },
      zeist,
    );
    expect(cancelled.body.data!.cancelProcurementRequest.userErrors).toEqual([]);
    const log = (await api.graphql(RequestQuotesDocument, { id: requestId }, zeist)).body.data!
      .procurementRequest!.log;
    expect(log.at(-1)).toMatchObject({ step: 'CANCELLED', reason: 'Opdracht komt te vervallen' });
  });
});

describe('questions and answers (nota van inlichtingen)', () => {
  test('invitees ask, the buyer answers to every invitee, nobody is named', async () => {
    const requestId = await inviting(6_000_000, [s.a, s.b, s.d]);
    const [memberA, memberB, memberC] = [await memberOf(s.a), await memberOf(s.b), await memberOf(s.c)];
    const ask = (headers: Record<string, string>, question: string) =>
      api.graphql(AskProcurementQuestionDocument, { input: { requestId, question } }, headers);
    const asked = await ask(memberA, 'Mag de campagne ook in het Engels?');
    expect(asked.body.data!.askProcurementQuestion).toMatchObject({
      userErrors: [],
      question: { answer: null, askedByYou: true },
    });
    const questionId = asked.body.data!.askProcurementQuestion.question!.id;
    // A business that was not invited cannot ask.
    expect(
      codes((await ask(memberC, 'Mogen wij ook?')).body.data!.askProcurementQuestion.userErrors),
    ).toEqual(['NOT_FOUND']);

    const questionsFor = async (headers: Record<string, string>) =>
      (await api.graphql(RequestQuestionsDocument, { id: requestId }, headers)).body.data!.procurementRequest
        ?.questions;
    // Unanswered: the asker and the buyer see it, the other invitee not yet.
    expect(await questionsFor(memberB)).toEqual([]);
    expect((await questionsFor(zeist))!.map((q) => q.question)).toEqual([
      'Mag de campagne ook in het Engels?',
    ]);

    // Another municipality cannot answer; the buyer can, once.
    const other = await api.graphql(
      AnswerProcurementQuestionDocument,
      { input: { questionId, answer: 'Nee.' } },
      deBilt,
    );
    expect(codes(other.body.data!.answerProcurementQuestion.userErrors)).toEqual(['NOT_FOUND']);
    const answered = await api.graphql(
      AnswerProcurementQuestionDocument,
      { input: { questionId, answer: 'Nee, de campagne is in het Nederlands.' } },
      zeist,
    );
    expect(answered.body.data!.answerProcurementQuestion).toMatchObject({
      userErrors: [],
      question: { answer: 'Nee, de campagne is in het Nederlands.', answeredByName: 'Ambtenaar GM0355' },
    });
    const again = await api.graphql(
      AnswerProcurementQuestionDocument,
      { input: { questionId, answer: 'Toch wel.' } },
      zeist,
    );
    expect(codes(again.body.data!.answerProcurementQuestion.userErrors)).toEqual(['INVALID_TRANSITION']);

    // Published to every invitee, the same text, without who asked or who answered.
    const published = {
      id: questionId,
      question: 'Mag de campagne ook in het Engels?',
      answer: 'Nee, de campagne is in het Nederlands.',
      answeredByName: null,
    };
    expect(await questionsFor(memberA)).toEqual([{ ...published, askedByYou: true }]);
    expect(await questionsFor(memberB)).toEqual([{ ...published, askedByYou: false }]);
    expect(await questionsFor(memberC)).toBeUndefined(); // the request itself is hidden
    const raw = JSON.stringify(
      (await api.graphql(RequestQuestionsDocument, { id: requestId }, memberB)).body.data,
    );
    expect(raw).not.toMatch(/Aan de Laan|lid-|Ambtenaar/);
  });

  test('questions close at the question deadline: DEADLINE_PASSED, nothing stored', async () => {
    const requestId = await inviting(500_000, [s.a], {
      questionDeadline: new Date(Date.now() + 3 * DAY).toISOString(),
    });
    await api.dataSource.query(
      `UPDATE procurement_request SET question_deadline = now() - interval '1 minute' WHERE id = $1`,
      [dbId(requestId)],
    );
    const res = await api.graphql(
      AskProcurementQuestionDocument,
      { input: { requestId, question: 'Te laat?' } },
      await memberOf(s.a),
    );
    expect(codes(res.body.data!.askProcurementQuestion.userErrors)).toEqual(['DEADLINE_PASSED']);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM procurement_question WHERE request_id = $1`,
      [dbId(requestId)],
    );
    expect(n).toBe(0);
  });

  test('a question deadline after the deadline is refused', async () => {
    const res = await api.graphql(
      `mutation($input: CreateProcurementRequestInput!) { createProcurementRequest(input: $input) { userErrors { code field } } }`,
      {
        input: {
          title: 'Vragen te laat',
          cpvCode: ADVERTISING,
          estimatedValue: 500_000,
          deadline: new Date(Date.now() + 7 * DAY).toISOString(),
          questionDeadline: new Date(Date.now() + 8 * DAY).toISOString(),
        },
      },
      zeist,
    );
    expect(res.body.data).toEqual({
      createProcurementRequest: { userErrors: [{ code: 'INVALID', field: ['input', 'questionDeadline'] }] },
    });
  });
});

test('the procedure’s nested fields of many requests take the same SQL statements as of few', async () => {
  const query = `query($first: Int!) { procurementRequests(first: $first) { nodes {
    quotesSealed closeReason log { step byName reason }
    questions { question answer askedByYou answeredByName }
    quotes { amount note } invitations { quote { amount } } } } }`;
  const count = async (first: number) => {
    const res = await api.graphql<{ procurementRequests: { nodes: unknown[] } }>(query, { first }, zeist);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.procurementRequests.nodes).toHaveLength(first);
    return (await api.logOf(res)).sqlCount;
  };
  const [few, many] = [await count(2), await count(12)];
  expect(many).toBe(few);
});
