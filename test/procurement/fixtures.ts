import type { CreateProcurementRequestInput, SaveSupplierProfileInput } from '../__generated__/graphql';
import {
  CreateBusinessDocument,
  CreateProcurementRequestDocument,
  SaveSupplierProfileDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role } from '../support/test-server';

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
