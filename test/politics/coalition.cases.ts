import {
  ChangeCommitmentStageDocument,
  CreateAgendaPointDocument,
  RecordCommitmentDocument,
  TrackerDocument,
} from '../__generated__/graphql';
import { toGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { dbId, Role, startTestServer } from '../support/test-server';

let api: TestServer;
let admin: Record<string, string>;
/** Zeist's current coalition agreement (from 1 June 2026, signed 27 May), a party in it and one outside it. */
let agreement: { id: string; signedOn: string; since: string };
let inside: { id: string; abbreviation: string };
let outside: { id: string; abbreviation: string };
/** A party of the previous coalition that is not in the current one. */
let former: { id: string; abbreviation: string } | null;
/** A new agenda point of 2026 that no agreement lists and nobody has committed to yet. */
let point: string;

const EVIDENCE = {
  quote: 'Wij kopen regionaal in.',
  url: 'https://www.example.nl/gm0355/coalitieakkoord-2026',
};

beforeAll(async () => {
  api = await startTestServer();
  admin = await api.token({ roles: [Role.ADMIN], sub: 'board-7', name: 'Marieke Verhoef' });
  [agreement] = await api.dataSource.query(
    `SELECT ca.id, ca.signed_on::text AS "signedOn", ca.since::text AS since
       FROM coalition_agreement ca JOIN municipality m ON m.id = ca.municipality_id
      WHERE m.cbs_code = 'GM0355' AND ca.until IS NULL`,
  );
  // In the current agreement; in neither the current nor the previous one (2022–2026); in the previous only.
  const parties: { id: string; abbreviation: string; now: boolean; before: boolean }[] =
    await api.dataSource.query(
      `SELECT p.id, p.abbreviation,
              EXISTS (SELECT 1 FROM coalition_party cp WHERE cp.party_id = p.id AND cp.agreement_id = $1) AS now,
              EXISTS (SELECT 1 FROM coalition_party cp JOIN coalition_agreement ca ON ca.id = cp.agreement_id
                       WHERE cp.party_id = p.id AND ca.until = '2026-05-31') AS before
         FROM party p JOIN municipality m ON m.id = p.municipality_id
        WHERE m.cbs_code = 'GM0355' ORDER BY p.abbreviation`,
      [agreement.id],
    );
  inside = parties.find((party) => party.now)!;
  outside = parties.find((party) => !party.now && !party.before)!;
  former = parties.find((party) => !party.now && party.before) ?? null;
  expect(inside && outside).toBeTruthy();
  const [election] = await api.dataSource.query(`SELECT id FROM election WHERE date = '2026-03-18'`);
  const created = await api.graphql(
    CreateAgendaPointDocument,
    {
      input: {
        electionId: toGlobalId('Election', election.id),
        title: 'Regionaal inkopen',
        theme: 'Economie',
        description: 'De gemeente koopt waar het kan in bij ondernemers uit de regio.',
      },
    },
    admin,
  );
  point = created.body.data!.createAgendaPoint.agendaPoint!.id;
});
afterAll(() => api.close());

const tables = async () =>
  (
    await api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM commitment) AS commitments,
              (SELECT count(*)::int FROM commitment_change) AS changes,
              (SELECT count(*)::int FROM audit_entry) AS entries,
              (SELECT json_agg(json_build_object('id', id, 'stage', stage, 'since', stage_since) ORDER BY id)
                 FROM commitment) AS stages`,
    )
  )[0];

const record = (party: string, input: Record<string, unknown>) =>
  api.graphql(
    RecordCommitmentDocument,
    { input: { partyId: toGlobalId('Party', party), agendaPointId: point, ...input } as never },
    admin,
  );
const change = (id: string, input: Record<string, unknown>) =>
  api.graphql(ChangeCommitmentStageDocument, { input: { id, ...input } as never }, admin);

async function covered(): Promise<boolean> {
  const tracker = await api.graphql(TrackerDocument, { municipality: 'GM0355' });
  return tracker.body.data!.politicalTracker!.points.find((p) => p.agendaPoint.id === point)!
    .coveredByCoalitionAgreement;
}

test('a commitment of a party outside the coalition cannot reach IN_COALITION_AGREEMENT, evidence or not', async () => {
  const promised = await record(outside.id, { stage: 'PROMISED', on: '2026-02-01' });
  const commitment = promised.body.data!.recordCommitment.commitment!;
  const programme = await change(commitment.id, {
    stage: 'IN_PARTY_PROGRAMME',
    on: '2026-02-10',
    evidence: { document: 'Verkiezingsprogramma 2026, p. 8' },
  });
  expect(programme.body.data!.changeCommitmentStage.userErrors).toEqual([]);

  const before = await tables();
  for (const on of ['2026-06-02', '2026-05-28', '2026-03-01']) {
    const refused = await change(commitment.id, { stage: 'IN_COALITION_AGREEMENT', on, evidence: EVIDENCE });
    expect(refused.body.data!.changeCommitmentStage).toEqual({
      commitment: null,
      userErrors: [
        {
          code: 'NOT_IN_COALITION',
          message: `${outside.abbreviation} is not in a coalition agreement of its municipality on ${on}`,
          field: ['input', 'stage'],
        },
      ],
    });
  }
  // Not as a new commitment either (another party's, on the same point).
  const [other] = await api.dataSource.query(
    `SELECT p.id FROM party p JOIN municipality m ON m.id = p.municipality_id
      WHERE m.cbs_code = 'GM0355' AND p.id <> $1
        AND NOT EXISTS (SELECT 1 FROM coalition_party cp WHERE cp.party_id = p.id AND cp.agreement_id = $2)
      LIMIT 1`,
    [outside.id, agreement.id],
  );
  if (other) {
    const fresh = await record(other.id, {
      stage: 'IN_COALITION_AGREEMENT',
      on: '2026-06-02',
      evidence: EVIDENCE,
    });
    expect(fresh.body.data!.recordCommitment.userErrors.map((e) => e.code)).toEqual(['NOT_IN_COALITION']);
  }
  expect(await tables()).toEqual(before);
  expect(await covered()).toBe(false);
});

test('a coalition party reaches IN_COALITION_AGREEMENT from the signing day, only with evidence; the point is covered', async () => {
  const promised = await record(inside.id, { stage: 'PROMISED', on: '2026-02-01' });
  const commitment = promised.body.data!.recordCommitment.commitment!;
  await change(commitment.id, { stage: 'IN_PARTY_PROGRAMME', on: '2026-02-10' });
  expect(await covered()).toBe(false);
  const before = await tables();

  // One step forward, yet the coalition stage needs the agreement's evidence.
  for (const evidence of [undefined, { quote: '  ' }]) {
    const bare = await change(commitment.id, { stage: 'IN_COALITION_AGREEMENT', on: '2026-06-02', evidence });
    expect(bare.body.data!.changeCommitmentStage.userErrors).toEqual([
      { code: 'EVIDENCE_REQUIRED', message: expect.any(String), field: ['input', 'evidence'] },
    ]);
  }
  expect(await tables()).toEqual(before);
  const signed = await change(commitment.id, {
    stage: 'IN_COALITION_AGREEMENT',
    on: agreement.signedOn,
    evidence: EVIDENCE,
  });
  expect(signed.body.data!.changeCommitmentStage).toMatchObject({
    userErrors: [],
    commitment: { stage: 'IN_COALITION_AGREEMENT', stageSince: agreement.signedOn },
  });
  // Derived: the agreement does not list the point, but one of its parties has it in the agreement.
  const [{ listed }] = await api.dataSource.query(
    `SELECT count(*)::int AS listed FROM coalition_agenda_point WHERE agenda_point_id = $1`,
    [dbId(point)],
  );
  expect(listed).toBe(0);
  expect(await covered()).toBe(true);
});

test('membership counts on the day of the step: a party of the previous coalition only, until that one ended', async () => {
  // The demo data has one in Zeist.
  expect(former).not.toBeNull();
  const promised = await record(former!.id, { stage: 'PROMISED', on: '2026-02-01' });
  const id = promised.body.data!.recordCommitment.commitment!.id;
  await change(id, { stage: 'IN_PARTY_PROGRAMME', on: '2026-02-10' });
  const late = await change(id, { stage: 'IN_COALITION_AGREEMENT', on: '2026-06-02', evidence: EVIDENCE });
  expect(late.body.data!.changeCommitmentStage.userErrors.map((e) => e.code)).toEqual(['NOT_IN_COALITION']);
  const inTime = await change(id, { stage: 'IN_COALITION_AGREEMENT', on: '2026-05-20', evidence: EVIDENCE });
  expect(inTime.body.data!.changeCommitmentStage.userErrors).toEqual([]);
});

test('the demo data keeps the rule: every step into a coalition agreement is by a coalition party, with evidence', async () => {
  const steps: { abbreviation: string; changedOn: string; inCoalition: boolean; evidence: boolean }[] =
    await api.dataSource.query(
      `SELECT p.abbreviation, ch.changed_on::text AS "changedOn",
              EXISTS (SELECT 1 FROM coalition_agreement ca JOIN coalition_party cp ON cp.agreement_id = ca.id
                       WHERE cp.party_id = p.id AND ca.municipality_id = p.municipality_id
                         AND ca.signed_on <= ch.changed_on
                         AND (ca.until IS NULL OR ca.until >= ch.changed_on)) AS "inCoalition",
              coalesce(ch.evidence_quote, ch.evidence_url, ch.evidence_document) IS NOT NULL AS evidence
         FROM commitment_change ch JOIN commitment c ON c.id = ch.commitment_id JOIN party p ON p.id = c.party_id
        WHERE ch.to_stage = 'IN_COALITION_AGREEMENT' AND ch.actor_subject = 'demo'`,
    );
  expect(steps.length).toBeGreaterThan(20);
  expect(steps.filter((step) => !step.inCoalition || !step.evidence)).toEqual([]);
  // Every point an agreement lists has a coalition party's commitment in it, so listing and deriving agree.
  const [{ orphans }] = await api.dataSource.query(
    `SELECT count(*)::int AS orphans FROM coalition_agenda_point cap
      WHERE NOT EXISTS (SELECT 1 FROM commitment c JOIN coalition_party cp ON cp.party_id = c.party_id
                         WHERE cp.agreement_id = cap.agreement_id AND c.agenda_point_id = cap.agenda_point_id
                           AND c.stage IN ('IN_COALITION_AGREEMENT', 'IMPLEMENTED', 'DROPPED'))`,
  );
  expect(orphans).toBe(0);
});
