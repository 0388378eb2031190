import type { Request, Response, Router } from 'express';
import type { Context, RouteDeps } from '../../kit';
import {
  allNodes,
  CBS_CODE,
  cpvDigits,
  CPV_CODE,
  ErrorCode,
  fromGlobalId,
  hasRole,
  refusalOf,
  Role,
  sendCsv,
  singleQueryValue,
  todayInAmsterdam,
  ViewerKind,
} from '../../kit';
import { invitationLog } from './invitation.service';
import { findRequest, nameForBuyers } from './procurement-request.service';
import { suggestSuppliers } from './shortlist.service';
import type { SupplierProfile } from './supplier-profile.entity';
import { listSuppliers, supplierContact } from './supplier.service';

type Handler = (ctx: Context, req: Request, res: Response) => Promise<void>;

/** Authenticates as `/graphql` does, builds the caller's context, and refuses the API's errors the routes' way. */
function download(deps: RouteDeps, handler: Handler) {
  return async (req: Request, res: Response, next: (error: unknown) => void) => {
    try {
      const viewer = await deps.authenticate(req);
      const ctx = deps.createContext({
        requestId: String(res.getHeader('x-request-id') ?? ''),
        baseUrl: deps.baseUrlOf(req),
        viewer,
      });
      await handler(ctx, req, res);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) return deps.refuse(res, refusal.status, refusal.code, refusal.message);
      next(error);
    }
  };
}

/** The business behind a profile: name, KvK number and the municipality it is established in. */
async function firmOf(ctx: Context, profile: SupplierProfile) {
  const business = await ctx.loaders.core.businessById.load(profile.businessId);
  const municipality = business && (await ctx.loaders.core.municipalityById.load(business.municipalityId));
  return { name: business?.name, kvk: business?.kvkNumber, municipality: municipality?.name };
}

const requestIdOf = (req: Request) => fromGlobalId(String(req.params.id), 'ProcurementRequest');

/**
 * Downloads of procurement, each the CSV twin of a query and decided by the same service:
 * - `GET /procurement-requests/:id/shortlist.csv` = `suggestSuppliers(requestId:)`: buyers of the request
 *   (anonymous 401, others 403), with the contact person as `SupplierProfile.contactName` etc. show it;
 * - `GET /procurement-requests/:id/invitations.csv` = `invitationLog(requestId:)`: buyers every entry, a
 *   member the entries of their business; 404 when the caller sees neither the request nor an entry;
 * - `GET /suppliers.csv?cpv=&municipality=` = `suppliers(filter: { cpv, municipalities })`: public, and
 *   only public columns (no contact person, for anyone).
 */
export function procurementExportRoutes(router: Router, deps: RouteDeps): void {
  router.get(
    '/procurement-requests/:id/shortlist.csv',
    download(deps, async (ctx, req, res) => {
      if (ctx.viewer.kind === ViewerKind.ANONYMOUS) {
        return deps.refuse(
          res,
          401,
          ErrorCode.UNAUTHENTICATED,
          'Authentication is required for this download',
        );
      }
      if (!hasRole(ctx.viewer, Role.ADMIN, Role.CIVIL_SERVANT)) {
        return deps.refuse(res, 403, ErrorCode.FORBIDDEN, 'Only buyers of the request get its shortlist');
      }
      const { id } = requestIdOf(req);
      const suggestions = await suggestSuppliers(ctx, String(req.params.id));
      // All rows at once: each loader batches over the rows (a few statements, not a few per row).
      const rows = await Promise.all(
        suggestions.map(async (suggestion) => {
          const firm = await firmOf(ctx, suggestion.supplier);
          return [
            suggestion.rank,
            firm.name,
            firm.kvk,
            firm.municipality,
            suggestion.fit,
            suggestion.local,
            suggestion.regional,
            suggestion.reasons.join('; '),
            await supplierContact(ctx, suggestion.supplier, 'contactName'),
            await supplierContact(ctx, suggestion.supplier, 'contactEmail'),
            await supplierContact(ctx, suggestion.supplier, 'contactPhone'),
          ];
        }),
      );
      sendCsv(
        res,
        `shortlist-${id.slice(0, 8)}-${todayInAmsterdam()}.csv`,
        [
          'Plaats',
          'Leverancier',
          'KvK-nummer',
          'Gevestigd in',
          'Aansluiting',
          'Lokaal',
          'Regionaal',
          'Redenen',
          'Contactpersoon',
          'E-mailadres',
          'Telefoon',
        ],
        rows,
      );
    }),
  );

  router.get(
    '/procurement-requests/:id/invitations.csv',
    download(deps, async (ctx, req, res) => {
      const { id } = requestIdOf(req);
      const entries = await invitationLog(ctx, String(req.params.id));
      if (entries.length === 0 && !(await findRequest(ctx, id))) {
        return deps.refuse(res, 404, ErrorCode.NOT_FOUND, 'No such procurement request');
      }
      const rows = await Promise.all(
        entries.map(async (entry) => {
          const profile = await ctx.loaders.procurement.profileById.load(entry.profileId);
          const firm = profile ? await firmOf(ctx, profile) : { name: null, kvk: null, municipality: null };
          return [
            firm.name,
            firm.kvk,
            entry.outcome,
            entry.suggestedRank,
            entry.reasons.join('; '),
            entry.note,
            entry.decidedAt,
            await nameForBuyers(ctx, entry.requestId, entry.decidedByName),
          ];
        }),
      );
      sendCsv(
        res,
        `uitnodigingen-${id.slice(0, 8)}-${todayInAmsterdam()}.csv`,
        [
          'Leverancier',
          'KvK-nummer',
          'Besluit',
          'Plaats op de shortlist',
          'Redenen',
          'Notitie',
          'Besloten op',
          'Besloten door',
        ],
        rows,
      );
    }),
  );

  router.get(
    '/suppliers.csv',
    download(deps, async (ctx, req, res) => {
      const cpv = singleQueryValue(req.query.cpv);
      const municipality = singleQueryValue(req.query.municipality);
      if (!cpv || !municipality) {
        return deps.refuse(
          res,
          400,
          ErrorCode.BAD_USER_INPUT,
          'Give cpv (a CPV code like 45442100) and municipality (a CBS code like GM0355), each once',
        );
      }
      if (!CPV_CODE.test(cpv)) {
        return deps.refuse(res, 400, ErrorCode.BAD_USER_INPUT, 'cpv must be a CPV code like 45442100');
      }
      if (!CBS_CODE.test(municipality)) {
        return deps.refuse(res, 400, ErrorCode.BAD_USER_INPUT, 'municipality must be a CBS code like GM0355');
      }
      const code = cpvDigits(cpv);
      if (!(await ctx.loaders.procurement.cpvByCode.load(code))) {
        return deps.refuse(res, 404, ErrorCode.NOT_FOUND, `Unknown CPV code ${cpv}`);
      }
      if (!(await ctx.loaders.core.municipalityByCbsCode.load(municipality))) {
        return deps.refuse(res, 404, ErrorCode.NOT_FOUND, `Unknown municipality ${municipality}`);
      }
      const profiles = await allNodes((page) =>
        listSuppliers(ctx, { cpv: [code], municipalities: [municipality] }, page),
      );
      if (!profiles) {
        return deps.refuse(res, 400, ErrorCode.BAD_USER_INPUT, 'Too many suppliers for one download');
      }
      const rows = await Promise.all(
        profiles.map(async (profile) => {
          const [firm, categories, servedIds] = await Promise.all([
            firmOf(ctx, profile),
            ctx.loaders.procurement.categoriesByProfileId.load(profile.id),
            ctx.loaders.procurement.servedMunicipalityIdsByProfileId.load(profile.id),
          ]);
          const served = await ctx.loaders.core.municipalityById.loadMany(servedIds);
          return [
            firm.kvk,
            firm.name,
            firm.municipality,
            profile.description,
            categories.map((category) => category.code).join(' '),
            served.flatMap((m) => (m && !(m instanceof Error) ? [m.name] : [])).join('; '),
            profile.socialEnterprise,
            profile.certifications.join(' '),
          ];
        }),
      );
      sendCsv(
        res,
        `leveranciers-${code}-${municipality}.csv`,
        [
          'KvK-nummer',
          'Naam',
          'Gevestigd in',
          'Omschrijving',
          'CPV-codes',
          'Werkt ook in',
          'Sociale onderneming',
          'Certificeringen',
        ],
        rows,
      );
    }),
  );
}
