import {
  MovePlacementDocument,
  OpportunityDocument,
  ProposePlacementDocument,
} from '../__generated__/graphql';
import {
  admin,
  coach,
  createCandidate,
  member,
  postOpportunity,
  supplierBusiness,
} from '../social-enterprise/fixtures';
import { FRONTEND, idInLink, linksOf, startMailTest } from './setup';

let t: Awaited<ReturnType<typeof startMailTest>>;
const COACH_ADDRESS = 'anna@werkbedrijf.example.nl';
const POSTER_ADDRESS = 'werkgever@fietsenmaker.example.nl';
let coachHeaders: Record<string, string>;
let posterHeaders: Record<string, string>;
let opportunityId: string;
let candidateId: string;
let placementId: string;

beforeAll(async () => {
  t = await startMailTest();
  coachHeaders = await coach(t.server);
  const business = await supplierBusiness(t.server);
  posterHeaders = await member(t.server, business.kvk);
  // Coaches and posters are reached through the address book of token subjects.
  await t.server.dataSource.query(
    `INSERT INTO notification_address (subject, email) VALUES ('coach-anna', $1), ($2, $3)`,
    [COACH_ADDRESS, `member-${business.kvk}`, POSTER_ADDRESS],
  );
  opportunityId = await postOpportunity(t.server, posterHeaders, { title: 'Medewerker fietsenwerkplaats' });
  candidateId = await createCandidate(
    t.server,
    { name: 'Sanne Geheim', email: 'sanne@example.nl' },
    coachHeaders,
  );
});
afterAll(() => t?.close());

const move = async (stage: 'INTRODUCED' | 'TRIAL', headers: Record<string, string>) => {
  const response = await t.server.graphql(
    MovePlacementDocument,
    { input: { id: placementId, stage } },
    headers,
  );
  expect(response.body.data!.movePlacement.userErrors).toEqual([]);
};

describe('social-enterprise mails', () => {
  it("tells the opportunity's poster of a proposed candidate, by the employer's pseudonym only", async () => {
    const proposed = await t.server.graphql(
      ProposePlacementDocument,
      { input: { candidateId, opportunityId, note: 'Past goed' } },
      coachHeaders,
    );
    expect(proposed.body.data!.proposePlacement.userErrors).toEqual([]);
    placementId = proposed.body.data!.proposePlacement.placement!.id;
    await t.smtp.waitFor(() => t.smtp.to(POSTER_ADDRESS).length > 0);
    const [mail] = t.smtp.to(POSTER_ADDRESS);
    expect(mail.subject).toBe('Kandidaat voorgesteld: Medewerker fietsenwerkplaats');
    // The pseudonym is the one the poster sees in the API; no name, address or coaches' handle.
    const seen = await t.server.graphql(OpportunityDocument, { id: opportunityId }, posterHeaders);
    const pseudonym = seen.body.data!.opportunity!.placements![0].candidateProfile!.pseudonym;
    expect(mail.text).toContain(`kandidaat ${pseudonym} voorgesteld`);
    const [{ pseudonym: internal }] = await t.server.dataSource.query(
      `SELECT pseudonym FROM candidate WHERE name = 'Sanne Geheim'`,
    );
    for (const secret of ['Sanne', 'Geheim', 'sanne@example.nl', internal]) {
      expect(mail.text).not.toContain(secret);
      expect(mail.html).not.toContain(secret);
    }
    expect(mail.text).toContain(
      'U ontvangt deze e-mail omdat u de plaats „Medewerker fietsenwerkplaats” hebt aangeboden',
    );
    const link = linksOf(mail).get('Bekijk de voorgestelde kandidaten')!;
    expect(link.startsWith(`${FRONTEND}/sociaal-ondernemen/plaatsen/`)).toBe(true);
    expect(idInLink(link)).toBe(opportunityId);
    // The proposing coach moved nothing of someone else's: no mail to the coach.
    expect(t.smtp.to(COACH_ADDRESS)).toEqual([]);
  });

  it('tells the coach when someone else moves a placement of their candidate, not when they move it', async () => {
    await move('INTRODUCED', coachHeaders);
    await move('TRIAL', await admin(t.server));
    await t.smtp.waitFor(() => t.smtp.to(COACH_ADDRESS).length > 0);
    await new Promise((r) => setTimeout(r, 500));
    const mails = t.smtp.to(COACH_ADDRESS);
    expect(mails).toHaveLength(1);
    const [{ pseudonym: internal }] = await t.server.dataSource.query(
      `SELECT pseudonym FROM candidate WHERE name = 'Sanne Geheim'`,
    );
    expect(mails[0].subject).toBe(`Plaatsing van ${internal}: proefplaatsing`);
    expect(mails[0].text).toContain('Beste Coach coach-anna,');
    expect(mails[0].text).toContain('is gewijzigd van „kennismaking” naar „proefplaatsing”');
    expect(mails[0].text).not.toContain('Sanne');
    const link = linksOf(mails[0]).get('Bekijk de kandidaat')!;
    expect(idInLink(link)).toBe(candidateId);
    const read = await t.server.graphql(
      `query ($id: ID!) { node(id: $id) { id } }`,
      { id: idInLink(link) },
      coachHeaders,
    );
    expect(read.body.data).toEqual({ node: { id: candidateId } });
  });

  it('sends nothing to a coach without an address (the notification is logged with no mails)', async () => {
    await t.server.dataSource.query(`DELETE FROM notification_address WHERE subject = 'coach-anna'`);
    const before = t.smtp.mails.length;
    const response = await t.server.graphql(
      MovePlacementDocument,
      { input: { id: placementId, stage: 'DECLINED' } },
      await admin(t.server),
    );
    expect(response.body.data!.movePlacement.userErrors).toEqual([]);
    const logged = async () =>
      (await t.server.dataSource.query(
        `SELECT mail_count FROM notification
          WHERE kind = 'socialEnterprise.placementMoved' AND key LIKE '%:DECLINED'`,
      )) as { mail_count: number }[];
    for (let i = 0; i < 100 && (await logged()).length === 0; i += 1)
      await new Promise((r) => setTimeout(r, 50));
    expect(await logged()).toEqual([{ mail_count: 0 }]);
    expect(t.smtp.mails.length).toBe(before);
  });
});
