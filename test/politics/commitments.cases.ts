import {
  ChangeCommitmentStageDocument,
  CreateAgendaPointDocument,
  RecordCommitmentDocument,
} from '../__generated__/graphql';
import { toGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

let api: TestServer;
let admin: Record<string, string>;
/** A party of Zeist and the agenda points of 2026. */
let party: string;
let points: string[];

beforeAll(async () => {
  api = await startTestServer();
  admin = await api.token({ roles: [Role.ADMIN], sub: 'board-7', name: 'Marieke Verhoef' });
  // A new party of Zeist on the 2026 ballot, so no demo commitment is in the way.
  const [made] = await api.dataSource.query(
    `INSERT INTO party (municipality_id, name, abbreviation, scope)
     SELECT id, 'Partij voor de Test', 'PvdT', 'LOCAL' FROM municipality WHERE cbs_code = 'GM0355' RETURNING id`,
  );
  party = toGlobalId('Party', made.id);
  const rows: { id: string }[] = await api.dataSource.query(
    `SELECT a.id FROM agenda_point a JOIN election e ON e.id = a.election_id AND e.date = '2026-03-18'
      ORDER BY a.position`,
  );
  points = rows.map((row) => toGlobalId('AgendaPoint', row.id));
  expect(points.length).toBeGreaterThanOrEqual(4);
});
afterAll(() => api.close());

const tables = async () =>
  (
    await api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM commitment) AS commitments,
              (SELECT count(*)::int FROM commitment_change) AS changes,
              (SELECT json_agg(json_build_object('id', id, 'stage', stage, 'since', stage_since) ORDER BY id)
                 FROM commitment) AS stages`,
    )
  )[0];

const record = (input: Record<string, unknown>, headers = admin) =>
  api.graphql(
    RecordCommitmentDocument,
    { input: { partyId: party, agendaPointId: points[0], on: '2026-02-01', ...input } as never },
    headers,
  );
const change = (id: string, input: Record<string, unknown>, headers = admin) =>
  api.graphql(ChangeCommitmentStageDocument, { input: { id, ...input } as never }, headers);

test('a commitment goes one stage at a time, skips only with evidence, never back, and stops at DROPPED', async () => {
  const created = await record({});
  const commitment = created.body.data!.recordCommitment.commitment!;
  expect(created.body.data!.recordCommitment.userErrors).toEqual([]);
  expect(commitment).toMatchObject({ stage: 'PROMISED', stageSince: '2026-02-01' });

  const programme = await change(commitment.id, { stage: 'IN_PARTY_PROGRAMME', on: '2026-02-10' });
  expect(programme.body.data!.changeCommitmentStage).toMatchObject({
    userErrors: [],
    commitment: { stage: 'IN_PARTY_PROGRAMME', stageSince: '2026-02-10' },
  });

  // Skipping IN_COALITION_AGREEMENT to IMPLEMENTED needs evidence; blank evidence is none.
  const before = await tables();
  for (const evidence of [undefined, { quote: '   ' }]) {
    const skipped = await change(commitment.id, { stage: 'IMPLEMENTED', on: '2026-06-01', evidence });
    expect(skipped.body.data!.changeCommitmentStage).toEqual({
      commitment: null,
      userErrors: [{ code: 'EVIDENCE_REQUIRED', message: expect.any(String), field: ['input', 'evidence'] }],
    });
  }
  // Back, to the same stage, or before the current stage's day: refused.
  for (const [input, code, field] of [
    [{ stage: 'PROMISED', on: '2026-03-01' }, 'INVALID_TRANSITION', ['input', 'stage']],
    [{ stage: 'IN_PARTY_PROGRAMME', on: '2026-03-01' }, 'INVALID_TRANSITION', ['input', 'stage']],
    [{ stage: 'IN_COALITION_AGREEMENT', on: '2026-02-09' }, 'INVALID', ['input', 'on']],
    [{ stage: 'IN_COALITION_AGREEMENT', on: '2999-01-01' }, 'INVALID', ['input', 'on']],
  ] as const) {
    const refused = await change(commitment.id, input);
    expect(refused.body.data!.changeCommitmentStage.userErrors).toEqual([
      { code, message: expect.any(String), field: [...field] },
    ]);
  }
  expect(await tables()).toEqual(before);

  const implemented = await change(commitment.id, {
    stage: 'IMPLEMENTED',
    on: '2026-06-01',
    evidence: { url: 'https://www.example.nl/raadsbesluit', document: 'Raadsbesluit 2026-41' },
  });
  expect(implemented.body.data!.changeCommitmentStage.commitment).toMatchObject({ stage: 'IMPLEMENTED' });

  const dropped = await change(commitment.id, { stage: 'DROPPED', on: '2026-07-01' });
  expect(dropped.body.data!.changeCommitmentStage.commitment).toMatchObject({
    stage: 'DROPPED',
    stageSince: '2026-07-01',
    history: [
      { fromStage: null, toStage: 'PROMISED', changedOn: '2026-02-01', actorName: 'Marieke Verhoef' },
      { fromStage: 'PROMISED', toStage: 'IN_PARTY_PROGRAMME', changedOn: '2026-02-10', evidenceUrl: null },
      {
        fromStage: 'IN_PARTY_PROGRAMME',
        toStage: 'IMPLEMENTED',
        changedOn: '2026-06-01',
        evidenceUrl: 'https://www.example.nl/raadsbesluit',
        evidenceDocument: 'Raadsbesluit 2026-41',
        evidenceQuote: null,
      },
      { fromStage: 'IMPLEMENTED', toStage: 'DROPPED', changedOn: '2026-07-01' },
    ],
  });
  for (const stage of ['PROMISED', 'IMPLEMENTED', 'DROPPED']) {
    const after = await change(commitment.id, { stage, on: '2026-08-01', evidence: { quote: 'x' } });
    expect(after.body.data!.changeCommitmentStage.userErrors.map((e) => e.code)).toEqual([
      'INVALID_TRANSITION',
    ]);
  }
});

test('a new commitment starts at PROMISED, later only with evidence, never DROPPED, once per party and point', async () => {
  const before = await tables();
  const cases = [
    [
      { agendaPointId: points[1], stage: 'IN_COALITION_AGREEMENT' },
      'EVIDENCE_REQUIRED',
      ['input', 'evidence'],
    ],
    [{ agendaPointId: points[1], stage: 'DROPPED' }, 'INVALID_TRANSITION', ['input', 'stage']],
    [{ agendaPointId: points[0] }, 'TAKEN', ['input', 'agendaPointId']],
    [{ agendaPointId: points[1], on: '2999-01-01' }, 'INVALID', ['input', 'on']],
    [
      { agendaPointId: toGlobalId('AgendaPoint', '00000000-0000-4000-8000-000000000000') },
      'NOT_FOUND',
      ['input', 'agendaPointId'],
    ],
  ] as const;
  for (const [input, code, field] of cases) {
    const response = await record(input);
    expect(response.body.data!.recordCommitment).toEqual({
      commitment: null,
      userErrors: [{ code, message: expect.any(String), field: [...field] }],
    });
  }
  expect(await tables()).toEqual(before);

  // Starting beyond PROMISED skips it: in the programme needs evidence too.
  const bare = await record({ agendaPointId: points[1], stage: 'IN_PARTY_PROGRAMME' });
  expect(bare.body.data!.recordCommitment.userErrors.map((e) => e.code)).toEqual(['EVIDENCE_REQUIRED']);
  const programme = await record({
    agendaPointId: points[1],
    stage: 'IN_PARTY_PROGRAMME',
    evidence: { document: 'Verkiezingsprogramma 2026, p. 8' },
  });
  expect(programme.body.data!.recordCommitment.commitment).toMatchObject({ stage: 'IN_PARTY_PROGRAMME' });
  // Straight into the coalition agreement: only for a party of the coalition on that day (test/politics/
  // coalition.cases.ts); the test party joins Zeist's current coalition for it.
  const intoAgreement = () =>
    record({
      agendaPointId: points[2],
      stage: 'IN_COALITION_AGREEMENT',
      on: '2026-06-02',
      evidence: { quote: 'Wij kopen regionaal in.' },
    });
  expect((await intoAgreement()).body.data!.recordCommitment.userErrors.map((e) => e.code)).toEqual([
    'NOT_IN_COALITION',
  ]);
  await api.dataSource.query(
    `INSERT INTO coalition_party (agreement_id, party_id)
     SELECT ca.id, $1 FROM coalition_agreement ca JOIN municipality m ON m.id = ca.municipality_id
      WHERE m.cbs_code = 'GM0355' AND ca.until IS NULL`,
    [Buffer.from(party, 'base64url').toString().split(':')[1]],
  );
  const agreement = await intoAgreement();
  expect(agreement.body.data!.recordCommitment.commitment).toMatchObject({
    stage: 'IN_COALITION_AGREEMENT',
    history: [
      { fromStage: null, toStage: 'IN_COALITION_AGREEMENT', evidenceQuote: 'Wij kopen regionaal in.' },
    ],
  });
});

test('changes take turns on the commitment’s row: of two identical steps at once, one is refused', async () => {
  const created = await record({ agendaPointId: points[3] });
  const id = created.body.data!.recordCommitment.commitment!.id;
  const results = await Promise.all(
    [1, 2].map(() => change(id, { stage: 'IN_PARTY_PROGRAMME', on: '2026-02-02' })),
  );
  const codes = results.map((r) => r.body.data!.changeCommitmentStage.userErrors.map((e) => e.code).join());
  expect(codes.sort()).toEqual(['', 'INVALID_TRANSITION']);
  const [{ n }] = await api.dataSource.query(
    `SELECT count(*)::int AS n FROM commitment_change WHERE commitment_id = $1`,
    [Buffer.from(id, 'base64url').toString().split(':')[1]],
  );
  expect(n).toBe(2);
});

test('only admins record commitments', async () => {
  const editor = await api.token({ roles: [Role.EDITOR] });
  expect(
    (await record({ agendaPointId: points[4] ?? points[1] }, editor)).body.errors![0].extensions!.code,
  ).toBe('FORBIDDEN');
  expect((await record({ agendaPointId: points[1] }, {})).body.errors![0].extensions!.code).toBe(
    'UNAUTHENTICATED',
  );
});

test('an agenda point goes after the last one unless a free place is given; a taken place changes nothing', async () => {
  const [row] = await api.dataSource.query(`SELECT id FROM election WHERE date = '2026-03-18'`);
  const electionId = toGlobalId('Election', row.id);
  const input = {
    electionId,
    title: ' Vakmanschap ',
    theme: 'Onderwijs',
    description: 'Stages bij regionale bedrijven.',
  };
  const added = await api.graphql(CreateAgendaPointDocument, { input }, admin);
  expect(added.body.data!.createAgendaPoint).toEqual({
    userErrors: [],
    agendaPoint: expect.objectContaining({
      position: points.length + 1,
      title: 'Vakmanschap',
      election: { date: '2026-03-18' },
    }),
  });
  const taken = await api.graphql(CreateAgendaPointDocument, { input: { ...input, position: 1 } }, admin);
  expect(taken.body.data!.createAgendaPoint.userErrors.map((e) => [e.code, e.field])).toEqual([
    ['TAKEN', ['input', 'position']],
  ]);
  const [{ n }] = await api.dataSource.query(
    `SELECT count(*)::int AS n FROM agenda_point WHERE election_id = $1`,
    [row.id],
  );
  expect(n).toBe(points.length + 1);
});
