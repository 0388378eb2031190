import type { PlacementStage } from '../__generated__/graphql';
import {
  CloseOpportunityDocument,
  EraseCandidateDocument,
  MovePlacementDocument,
  ProposePlacementDocument,
  UpdateCandidateDocument,
  UpdateOpportunityDocument,
} from '../__generated__/graphql';
import { toGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import {
  dbId,
  admin,
  civilServant,
  coach,
  createCandidate,
  member,
  postOpportunity,
  supplierBusiness,
} from './fixtures';

/**
 * Corrections (issue 11): `updateCandidate` for coaches and admins, `updateOpportunity` for its poster or an
 * admin. Left out stays, null clears a nullable field; a refusal changes nothing.
 */
let api: TestServer;
let coachHeaders: Record<string, string>;
let memberHeaders: Record<string, string>;
let memberKvk: string;
beforeAll(async () => {
  api = await startTestServer();
  coachHeaders = await coach(api, 'coach-corrections');
  memberKvk = (await supplierBusiness(api)).kvk;
  memberHeaders = await member(api, memberKvk);
});
afterAll(async () => {
  expect(api.errorLogs).toEqual([]);
  await api.close();
});

const unknownId = (type: string) => toGlobalId(type, '00000000-0000-4000-8000-000000000000');

/** A fingerprint of one row, to show a refused mutation changed nothing. */
async function rowOf(table: 'candidate' | 'opportunity', globalId: string): Promise<string> {
  const [{ row }] = await api.dataSource.query(`SELECT t::text AS row FROM ${table} t WHERE id = $1`, [
    dbId(globalId),
  ]);
  return row;
}

const updateCandidate = async (input: Record<string, unknown>, headers = coachHeaders) =>
  api.graphql(UpdateCandidateDocument, { input: input as never }, headers);

const updateOpportunity = async (input: Record<string, unknown>, headers: Record<string, string>) =>
  api.graphql(UpdateOpportunityDocument, { input: input as never }, headers);

const readsBy = async (subject: string, candidateId: string) =>
  (
    await api.dataSource.query(
      `SELECT count(*)::int AS n FROM candidate_read WHERE subject = $1 AND candidate_id = $2`,
      [subject, dbId(candidateId)],
    )
  )[0].n as number;

describe('updateCandidate', () => {
  test('a coach corrects contact details, consent and skills; left out stays, null clears; the read is logged', async () => {
    const id = await createCandidate(api, { school: 'ROC Midden Nederland' });
    const before = (await api.dataSource.query(`SELECT * FROM candidate WHERE id = $1`, [dbId(id)]))[0];
    const readsBefore = await readsBy('coach-corrections', id);
    const res = await updateCandidate({
      id,
      phone: ' +31 6 9999 0000 ',
      email: 'Nieuw@Example.nl',
      consentGivenOn: '2026-02-01',
      consentPurposes: ['matching'],
      skills: ['kassa', 'kassa', ' magazijn '],
      school: null,
      supportNeeds: null,
      municipality: 'GM0355',
      targetGroup: 'ASPIRING_EMPLOYEE',
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateCandidate).toEqual({
      userErrors: [],
      candidate: {
        id,
        name: before.name,
        email: 'nieuw@example.nl',
        phone: '+31 6 9999 0000',
        birthYear: before.birth_year,
        municipality: { cbsCode: 'GM0355' },
        targetGroup: 'ASPIRING_EMPLOYEE',
        school: null,
        interests: before.interests,
        skills: ['kassa', 'magazijn'],
        availability: before.availability,
        supportNeeds: null,
        coachName: before.coach_name,
        consentGivenOn: '2026-02-01',
        consentPurposes: ['matching'],
        pseudonym: before.pseudonym,
      },
    });
    // The payload's candidate is a coach's read like any other: logged once for this request.
    expect(await readsBy('coach-corrections', id)).toBe(readsBefore + 1);
    const [after] = await api.dataSource.query(`SELECT * FROM candidate WHERE id = $1`, [dbId(id)]);
    expect(after).toMatchObject({
      name: before.name,
      phone: '+31 6 9999 0000',
      school: null,
      support_needs: null,
      coach_subject: before.coach_subject,
      pseudonym: before.pseudonym,
    });
  });

  test('an admin corrects a candidate of any coach; admins’ reads are not logged', async () => {
    const id = await createCandidate(api);
    const res = await updateCandidate(
      { id, name: 'Pieter de Vries', availability: 'hele week' },
      await admin(api),
    );
    expect(res.body.data!.updateCandidate.candidate).toMatchObject({
      name: 'Pieter de Vries',
      availability: 'hele week',
    });
    expect(await readsBy('admin', id)).toBe(0);
  });

  test('user errors: unknown, erased, too young, consent in the future, unknown municipality; nothing changes', async () => {
    const unknown = await updateCandidate({ id: unknownId('Candidate'), phone: '0612345678' });
    expect(unknown.body.data!.updateCandidate).toEqual({
      candidate: null,
      userErrors: [{ code: 'NOT_FOUND', message: 'No such candidate', field: ['input', 'id'] }],
    });

    const erased = await createCandidate(api);
    await api.graphql(EraseCandidateDocument, { id: erased }, coachHeaders);
    const erasedRow = await rowOf('candidate', erased);
    const refused = await updateCandidate({ id: erased, name: 'Terug van weggeweest' });
    expect(refused.body.data!.updateCandidate).toEqual({
      candidate: null,
      userErrors: [{ code: 'NOT_ALLOWED', message: 'The candidate is erased', field: ['input', 'id'] }],
    });
    expect(await rowOf('candidate', erased)).toBe(erasedRow);

    const id = await createCandidate(api);
    const row = await rowOf('candidate', id);
    const thisYear = new Date().getUTCFullYear();
    const invalid = await updateCandidate({
      id,
      phone: '0687654321',
      birthYear: thisYear - 5,
      consentGivenOn: `${thisYear + 1}-01-01`,
      municipality: 'GM9999',
    });
    expect(invalid.body.data!.updateCandidate.candidate).toBeNull();
    expect(invalid.body.data!.updateCandidate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['NOT_FOUND', ['input', 'municipality']],
      ['INVALID', ['input', 'birthYear']],
      ['INVALID', ['input', 'consentGivenOn']],
    ]);
    expect(await rowOf('candidate', id)).toBe(row);
  });

  test('bad input is BAD_USER_INPUT on the field, nothing changes', async () => {
    const id = await createCandidate(api);
    const row = await rowOf('candidate', id);
    const res = await updateCandidate({ id, email: 'geen-adres', consentPurposes: [] });
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.body.errors?.[0].extensions?.fields as { path: string[] }[]).map((f) => f.path)).toEqual([
      ['input', 'email'],
      ['input', 'consentPurposes'],
    ]);
    expect(await rowOf('candidate', id)).toBe(row);
  });

  test('only coaches and admins: anonymous, members, civil servants and API keys are refused', async () => {
    const id = await createCandidate(api);
    const row = await rowOf('candidate', id);
    const callers: [Record<string, string>, string][] = [
      [{}, 'UNAUTHENTICATED'],
      [memberHeaders, 'FORBIDDEN'],
      [await civilServant(api, 'GM0352'), 'FORBIDDEN'],
      [(await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['reports:read'])).headers, 'FORBIDDEN'],
    ];
    for (const [headers, code] of callers) {
      const res = await updateCandidate({ id, phone: '0611112222' }, headers);
      expect(res.body.errors?.[0].extensions?.code).toBe(code);
      expect(res.body.data).toBeNull();
    }
    expect(await rowOf('candidate', id)).toBe(row);
  });
});

async function propose(candidateId: string, opportunityId: string): Promise<string> {
  const res = await api.graphql(
    ProposePlacementDocument,
    { input: { candidateId, opportunityId } },
    coachHeaders,
  );
  return res.body.data!.proposePlacement.placement!.id;
}

const move = async (id: string, stage: PlacementStage) =>
  (await api.graphql(MovePlacementDocument, { input: { id, stage } }, coachHeaders)).body.data!.movePlacement;

/** A placement on the opportunity, moved up to `stage`. */
async function placementAt(stage: 'TRIAL' | 'PLACED', opportunityId: string): Promise<string> {
  const id = await propose(await createCandidate(api), opportunityId);
  const path: PlacementStage[] = ['INTRODUCED', 'TRIAL', 'PLACED'];
  for (const next of path.slice(0, path.indexOf(stage) + 1)) {
    const result = await move(id, next);
    if (result.userErrors.length) throw new Error(JSON.stringify(result.userErrors));
  }
  return id;
}

const statusOf = async (opportunityId: string) =>
  (
    await api.dataSource.query(`SELECT status::text, places FROM opportunity WHERE id = $1`, [
      dbId(opportunityId),
    ])
  )[0] as { status: string; places: number };

describe('updateOpportunity', () => {
  test('its poster corrects hours, places, dates and text; left out stays, null clears', async () => {
    const id = await postOpportunity(api, memberHeaders, {
      title: 'Magazijnmedewerker',
      description: 'Oud',
      hoursPerWeek: 24,
      places: 1,
      targetGroups: ['PUPIL'],
      startDate: '2099-03-01',
      closingDate: '2099-02-01',
    });
    const res = await updateOpportunity(
      { id, description: 'Orders verzamelen', hoursPerWeek: null, places: 3, closingDate: '2099-02-15' },
      memberHeaders,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateOpportunity).toEqual({
      userErrors: [],
      opportunity: {
        id,
        title: 'Magazijnmedewerker',
        description: 'Orders verzamelen',
        hoursPerWeek: null,
        places: 3,
        status: 'OPEN',
        targetGroups: ['PUPIL'],
        startDate: '2099-03-01',
        closingDate: '2099-02-15',
      },
    });
  });

  test('who may: the business’s member, the municipality’s civil servant, a coach for an institution, an admin', async () => {
    const business = await postOpportunity(api, memberHeaders);
    const municipal = await postOpportunity(api, await civilServant(api, 'GM0352'), { kind: 'PROJECT' });
    const [school] = await api.dataSource.query(`SELECT id FROM organisation ORDER BY name LIMIT 1`);
    const institutional = await postOpportunity(api, coachHeaders, {
      organisationId: toGlobalId('Organisation', school.id),
    });
    const [other] = await api.dataSource.query(
      `SELECT kvk_number AS kvk FROM business WHERE kvk_number <> $1 ORDER BY kvk_number LIMIT 1`,
      [memberKvk],
    );
    const apiKey = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['reports:read'])).headers;
    const cases: [string, Record<string, string>, string | null][] = [
      [business, memberHeaders, null],
      [business, await admin(api), null],
      [business, await member(api, other.kvk), 'FORBIDDEN'],
      [business, await coach(api, 'coach-other'), 'FORBIDDEN'],
      [business, await civilServant(api, 'GM0352'), 'FORBIDDEN'],
      [municipal, await civilServant(api, 'GM0352'), null],
      [municipal, await civilServant(api, 'GM0355'), 'FORBIDDEN'],
      [municipal, memberHeaders, 'FORBIDDEN'],
      [institutional, await coach(api, 'coach-other'), null],
      [institutional, memberHeaders, 'FORBIDDEN'],
      [business, apiKey, 'FORBIDDEN'],
      [business, {}, 'UNAUTHENTICATED'],
    ];
    for (const [id, headers, code] of cases) {
      const row = await rowOf('opportunity', id);
      const res = await updateOpportunity({ id, title: `Gecorrigeerd ${code ?? 'ok'}` }, headers);
      if (code === null) {
        expect(res.body.data!.updateOpportunity).toMatchObject({
          userErrors: [],
          opportunity: { title: 'Gecorrigeerd ok' },
        });
      } else {
        expect(res.body.errors?.[0].extensions?.code).toBe(code);
        expect(res.body.data).toBeNull();
        expect(await rowOf('opportunity', id)).toBe(row);
      }
    }
  });

  test('user errors: unknown, CLOSED, closing date passed or after the start; nothing changes', async () => {
    const unknown = await updateOpportunity({ id: unknownId('Opportunity'), places: 2 }, await admin(api));
    expect(unknown.body.data!.updateOpportunity).toEqual({
      opportunity: null,
      userErrors: [{ code: 'NOT_FOUND', message: 'No such opportunity', field: ['input', 'id'] }],
    });

    const closed = await postOpportunity(api, memberHeaders);
    await api.graphql(CloseOpportunityDocument, { id: closed }, memberHeaders);
    const closedRow = await rowOf('opportunity', closed);
    const refused = await updateOpportunity({ id: closed, places: 2 }, memberHeaders);
    expect(refused.body.data!.updateOpportunity.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_TRANSITION', ['input', 'id']],
    ]);
    expect(await rowOf('opportunity', closed)).toBe(closedRow);

    const id = await postOpportunity(api, memberHeaders, {
      startDate: '2099-03-01',
      closingDate: '2099-02-01',
    });
    const row = await rowOf('opportunity', id);
    const passed = await updateOpportunity({ id, closingDate: '2020-01-01', places: 4 }, memberHeaders);
    expect(passed.body.data!.updateOpportunity.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID', ['input', 'closingDate']],
    ]);
    // The start moves before the closing date that stays: refused as well.
    const early = await updateOpportunity({ id, startDate: '2099-01-15' }, memberHeaders);
    expect(early.body.data!.updateOpportunity.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID', ['input', 'closingDate']],
    ]);
    const bad = await updateOpportunity({ id, places: 0, hoursPerWeek: 61 }, memberHeaders);
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rowOf('opportunity', id)).toBe(row);
  });

  test('places: not fewer than placed (TRIAL does not take one); FILLED opens again when places grow', async () => {
    const id = await postOpportunity(api, memberHeaders, { places: 3 });
    await placementAt('PLACED', id);
    await placementAt('PLACED', id);
    await placementAt('TRIAL', id);
    expect(await statusOf(id)).toEqual({ status: 'OPEN', places: 3 });

    const row = await rowOf('opportunity', id);
    const tooFew = await updateOpportunity({ id, places: 1, description: 'Korter' }, memberHeaders);
    expect(tooFew.body.data!.updateOpportunity).toEqual({
      opportunity: null,
      userErrors: [
        {
          code: 'INVALID',
          message: '2 candidates are placed; the places cannot be fewer',
          field: ['input', 'places'],
        },
      ],
    });
    expect(await rowOf('opportunity', id)).toBe(row);

    // Down to exactly the placed ones: FILLED, as the last placement would have made it.
    const filled = await updateOpportunity({ id, places: 2 }, memberHeaders);
    expect(filled.body.data!.updateOpportunity.opportunity).toMatchObject({ places: 2, status: 'FILLED' });
    const proposal = await api.graphql(
      ProposePlacementDocument,
      { input: { candidateId: await createCandidate(api), opportunityId: id } },
      coachHeaders,
    );
    expect(proposal.body.data!.proposePlacement.userErrors.map((e) => e.code)).toEqual([
      'INVALID_TRANSITION',
    ]);

    // A FILLED opportunity edited without changing its places stays FILLED; more places open it again.
    const text = await updateOpportunity({ id, title: 'Magazijn' }, memberHeaders);
    expect(text.body.data!.updateOpportunity.opportunity).toMatchObject({ status: 'FILLED' });
    const grown = await updateOpportunity({ id, places: 4 }, memberHeaders);
    expect(grown.body.data!.updateOpportunity.opportunity).toMatchObject({ places: 4, status: 'OPEN' });
  });

  test('fewer places racing a placement for the last one: exactly one wins, never more placed than places', async () => {
    const id = await postOpportunity(api, memberHeaders, { places: 2 });
    await placementAt('PLACED', id);
    const trial = await placementAt('TRIAL', id);
    const [placed, shrunk] = await Promise.all([
      move(trial, 'PLACED'),
      updateOpportunity({ id, places: 1 }, memberHeaders).then((r) => r.body.data!.updateOpportunity),
    ]);
    const outcomes = [placed.userErrors.map((e) => e.code), shrunk.userErrors.map((e) => e.code)];
    expect([
      [[], ['INVALID']],
      [['INVALID_TRANSITION'], []],
    ]).toContainEqual(outcomes);
    const [counts] = await api.dataSource.query(
      `SELECT count(*) FILTER (WHERE p.stage = 'PLACED')::int AS placed, min(o.places) AS places,
              min(o.status::text) AS status
         FROM placement p JOIN opportunity o ON o.id = p.opportunity_id WHERE o.id = $1`,
      [dbId(id)],
    );
    expect(counts.placed).toBeLessThanOrEqual(counts.places);
    expect(counts.status).toBe('FILLED');
  });
});
