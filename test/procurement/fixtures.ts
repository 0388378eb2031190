import type { SaveSupplierProfileInput } from '../__generated__/graphql';
import { CreateBusinessDocument, SaveSupplierProfileDocument } from '../__generated__/graphql';
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
