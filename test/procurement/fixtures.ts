import type { CreateProcurementRequestInput, SaveSupplierProfileInput } from '../__generated__/graphql';
import {
  AwardProcurementRequestDocument,
  CloseProcurementRequestDocument,
  ConfirmProcurementQuoteOpeningDocument,
  CreateBusinessDocument,
  CreateProcurementRequestDocument,
  InviteSuppliersDocument,
  MyInvitationsDocument,
  OpenProcurementQuotesDocument,
  SaveSupplierProfileDocument,
  SubmitQuoteDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { dbId, Role } from '../support/test-server';

let nextKvk = 80_000_000;

/** A new business with a supplier profile (made by an admin); returns the business id and KvK number. */
export async function createSupplier(
  api: TestServer,
  business: { name: string; municipality: string; postcode?: string; city?: string },
  profile: Omit<SaveSupplierProfileInput, 'businessId'>,
): Promise<{ businessId: string; kvkNumber: string; profileId: string }> {
  const admin = await api.token({ roles: [Role.ADMIN] });
  const kvkNumber = String((nextKvk += 7));
  const created = await api.graphql(
    CreateBusinessDocument,
    {
      input: {
        kvkNumber,
        name: business.name,
        street: 'Hoofdstraat',
        houseNumber: '1',
        postcode: business.postcode ?? '3701 AA',
        city: business.city ?? 'Zeist',
        municipality: business.municipality,
      },
    },
    admin,
  );
  const businessId = created.body.data!.createBusiness.business!.id;
  const saved = await api.graphql(SaveSupplierProfileDocument, { input: { businessId, ...profile } }, admin);
  const result = saved.body.data!.saveSupplierProfile;
  if (result.userErrors.length > 0) throw new Error(JSON.stringify(result.userErrors));
  return { businessId, kvkNumber, profileId: result.supplierProfile!.id };
}

export const DAY = 24 * 3600 * 1000;

/** A civil servant of a municipality, named so that requests record who made them. */
export const civilServant = (api: TestServer, municipality: string, sub = `ambtenaar-${municipality}`) =>
  api.token({ roles: [Role.CIVIL_SERVANT], municipality, sub, name: `Ambtenaar ${municipality}` });

/** A request's input with sensible defaults: printing services of €30,000, deadline in two weeks. */
export function requestInput(
  overrides: Partial<CreateProcurementRequestInput> = {},
): CreateProcurementRequestInput {
  return {
    title: 'Drukwerk gemeentegids',
    description: 'Drukken en bezorgen van de gemeentegids.',
    cpvCode: '79810000',
    estimatedValue: 3_000_000,
    deadline: new Date(Date.now() + 14 * DAY).toISOString(),
    socialReturnPercentage: 5,
    ...overrides,
  };
}

export async function createRequest(
  api: TestServer,
  headers: Record<string, string>,
  overrides: Partial<CreateProcurementRequestInput> = {},
): Promise<string> {
  const response = await api.graphql(
    CreateProcurementRequestDocument,
    { input: requestInput(overrides) },
    headers,
  );
  const result = response.body.data?.createProcurementRequest;
  if (!result?.procurementRequest) throw new Error(JSON.stringify(response.body));
  return result.procurementRequest.id;
}

/**
 * Opens the quotes of a request whose deadline has passed, and, where four eyes are needed (multiple quotes
 * and up), has a second civil servant of the municipality confirm the opening.
 */
export async function openQuotes(api: TestServer, municipality: string, requestId: string) {
  const opened = await api.graphql(
    OpenProcurementQuotesDocument,
    { requestId },
    await civilServant(api, municipality),
  );
  expect(opened.body.data!.openProcurementQuotes.userErrors).toEqual([]);
  if (!opened.body.data!.openProcurementQuotes.procurementRequest!.quotesSealed) return;
  const confirmed = await api.graphql(
    ConfirmProcurementQuoteOpeningDocument,
    { requestId },
    await civilServant(api, municipality, `tweede-${municipality}`),
  );
  expect(confirmed.body.data!.confirmProcurementQuoteOpening.userErrors).toEqual([]);
}

/** The database id inside a global id (`Type:uuid`), for a test's direct SQL. */
export { dbId };

/**
 * A request of a civil servant of `buyerMunicipality`, taken through the GraphQL API: invite, quote (by the
 * first invitee, for `amount` cents), close, award. Returns the request's database id.
 */
export async function awardRequest(
  api: TestServer,
  buyerMunicipality: string,
  invitees: { profileId: string; kvkNumber: string }[],
  amount: number,
  overrides: Partial<CreateProcurementRequestInput> = {},
): Promise<string> {
  const buyer = await civilServant(api, buyerMunicipality);
  const requestId = await createRequest(api, buyer, overrides);
  const invite = await api.graphql(
    InviteSuppliersDocument,
    { input: { requestId, supplierIds: invitees.map((x) => x.profileId) } },
    buyer,
  );
  expect(invite.body.data!.inviteSuppliers.userErrors).toEqual([]);
  const winner = invitees[0];
  const member = await api.token({
    roles: [Role.MEMBER],
    kvk: winner.kvkNumber,
    sub: 'lid',
    name: 'Lid Jansen',
  });
  const mine = (await api.graphql(MyInvitationsDocument, { kvkNumber: winner.kvkNumber }, member)).body.data!
    .businessByKvkNumber!.procurementInvitations!;
  const invitation = mine.find((i) => i.request?.id === requestId)!;
  const quote = await api.graphql(
    SubmitQuoteDocument,
    { input: { invitationId: invitation.id, amount, note: 'Geheime offertetoelichting' } },
    member,
  );
  expect(quote.body.data!.submitQuote.userErrors).toEqual([]);
  await api.dataSource.query(
    `UPDATE procurement_request SET deadline = now() - interval '1 minute' WHERE id = $1`,
    [dbId(requestId)],
  );
  const close = await api.graphql(CloseProcurementRequestDocument, { id: requestId }, buyer);
  expect(close.body.data!.closeProcurementRequest.userErrors).toEqual([]);
  await openQuotes(api, buyerMunicipality, requestId);
  const award = await api.graphql(
    AwardProcurementRequestDocument,
    { input: { requestId, quoteId: quote.body.data!.submitQuote.quote!.id } },
    buyer,
  );
  expect(award.body.data!.awardProcurementRequest.userErrors).toEqual([]);
  return dbId(requestId);
}
