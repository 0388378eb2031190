import type { Request, Response, Router } from 'express';
import type { Context, RouteDeps } from '../../kit';
import { CBS_CODE, ErrorCode, singleQueryValue, TIME_ZONE } from '../../kit';
import { ProcurementKind } from './cpv-category.entity';
import { ProcurementProcedure } from './threshold.entity';

/** Releases per page: `?limit=` up to the maximum, this many when left out. */
export const OCDS_PAGE_SIZE = { default: 100, max: 1000 };

/** Our own ocid prefix: no registered OCDS prefix yet, so releases stay stable under this one. */
export const OCID_PREFIX = 'ocds-regioq4-';

/** The Dutch procedure → OCDS `procurementMethod`, with the Dutch name for `procurementMethodDetails`. */
const METHOD: Record<ProcurementProcedure, [string, string]> = {
  [ProcurementProcedure.SINGLE_QUOTE]: ['direct', 'Enkelvoudig onderhandse procedure'],
  [ProcurementProcedure.MULTIPLE_QUOTE]: ['limited', 'Meervoudig onderhandse procedure'],
  [ProcurementProcedure.NATIONAL]: ['open', 'Nationale openbare procedure'],
  [ProcurementProcedure.EUROPEAN]: ['open', 'Europese openbare procedure'],
};

const CATEGORY: Record<ProcurementKind, string> = {
  [ProcurementKind.WORKS]: 'works',
  [ProcurementKind.SUPPLIES]: 'goods',
  [ProcurementKind.SERVICES]: 'services',
  [ProcurementKind.SOCIAL_SERVICES]: 'services',
};

/** A release is of the tender stage (the quotes opened) or of the award; the order within one request. */
enum Stage {
  TENDER = 0,
  AWARD = 1,
}

interface Row {
  stage: Stage;
  release_date: Date;
  award_id: string | null;
  award_value: string | null;
  rationale: string | null;
  request_id: string;
  title: string;
  description: string;
  kind: ProcurementKind;
  procedure: ProcurementProcedure;
  procedure_reason: string | null;
  estimated_value: string;
  tender_start: Date | null;
  tender_end: Date;
  cbs_code: string;
  municipality_name: string;
  cpv_code: string;
  cpv_label: string;
  kvk_number: string | null;
  supplier_name: string | null;
  tenderers: { kvk: string; name: string }[];
}

/**
 * The releases, oldest first, in ONE statement: a tender release for every request whose quotes are open
 * (opened after the deadline and, where four eyes are needed, confirmed: until then who quoted is the buyer's
 * business only), and an award release for every awarded request, each with its buyer, CPV category, tender
 * period and tenderers; the export's statement count does not grow with the releases. Only public columns:
 * no contact persons, no names of civil servants, no quote amounts but the awarded one. Keyset pages on
 * (date, request, stage); the year is the release's year in Dutch time.
 */
const RELEASES = `
  WITH releases AS (
    SELECT r.id AS request_id, ${Stage.TENDER} AS stage,
           COALESCE(r.quotes_opening_confirmed_at, r.quotes_opened_at) AS release_date, NULL::uuid AS award_id
      FROM procurement_request r
     WHERE r.quotes_opened_at IS NOT NULL
       AND (r.procedure = 'SINGLE_QUOTE' OR r.quotes_opening_confirmed_at IS NOT NULL)
    UNION ALL
    SELECT a.request_id, ${Stage.AWARD}, a.awarded_at, a.id
      FROM award a JOIN procurement_request r ON r.id = a.request_id
     WHERE r.status = 'AWARDED')
  SELECT rel.stage, rel.release_date, a.id AS award_id, a.value AS award_value, a.rationale,
         r.id AS request_id, r.title, r.description, r.kind, r.procedure, r.procedure_reason, r.estimated_value,
         (SELECT min(i.decided_at) FROM invitation i
           WHERE i.request_id = r.id AND i.outcome = 'INVITED') AS tender_start,
         LEAST(r.deadline, r.closed_at) AS tender_end,
         m.cbs_code, m.name AS municipality_name, c.code AS cpv_code, c.label AS cpv_label,
         b.kvk_number, b.name AS supplier_name,
         (SELECT coalesce(json_agg(json_build_object('kvk', tb.kvk_number, 'name', tb.name)
                                   ORDER BY tb.name, tb.kvk_number), '[]'::json)
            FROM quote q JOIN supplier_profile p ON p.id = q.profile_id JOIN business tb ON tb.id = p.business_id
           WHERE q.request_id = r.id) AS tenderers
    FROM releases rel
    JOIN procurement_request r ON r.id = rel.request_id
    JOIN municipality m ON m.id = r.municipality_id
    JOIN cpv_category c ON c.code = r.cpv_code
    LEFT JOIN award a ON a.id = rel.award_id
    LEFT JOIN business b ON b.id = a.business_id
   WHERE ($1::uuid IS NULL OR r.municipality_id = $1)
     AND ($2::int IS NULL OR (rel.release_date >= make_timestamptz($2, 1, 1, 0, 0, 0, $3)
                              AND rel.release_date < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, $3)))
     AND ($4::timestamptz IS NULL OR (rel.release_date, rel.request_id, rel.stage) > ($4, $5::uuid, $6::int))
   ORDER BY rel.release_date, rel.request_id, rel.stage
   LIMIT $7`;

const euros = (cents: string | number) => ({ amount: Number(cents) / 100, currency: 'EUR' });

/** The rationale of a procedure: the buyer's reason for a heavier one, else what the thresholds require. */
const DEFAULT_RATIONALE = 'De procedure die de inkoopdrempels voor de geraamde waarde vereisen';

const organisation = (kvk: string, name: string) => ({ id: `NL-KVK-${kvk}`, name });

function release(row: Row) {
  const buyer = { id: row.cbs_code, name: row.municipality_name };
  const award = row.stage === Stage.AWARD;
  const tenderers = row.tenderers.map((t) => organisation(t.kvk, t.name));
  const [procurementMethod, procurementMethodDetails] = METHOD[row.procedure];
  const date = row.release_date.toISOString();
  return {
    ocid: `${OCID_PREFIX}${row.request_id}`,
    id: `${row.request_id}-${award ? 'award' : 'tender'}`,
    date,
    tag: [award ? 'award' : 'tender'],
    initiationType: 'tender',
    parties: [
      { ...buyer, roles: ['buyer'] },
      ...row.tenderers.map((t) => ({
        ...organisation(t.kvk, t.name),
        identifier: { scheme: 'NL-KVK', id: t.kvk, legalName: t.name },
        roles: award && t.kvk === row.kvk_number ? ['tenderer', 'supplier'] : ['tenderer'],
      })),
    ],
    buyer,
    tender: {
      id: row.request_id,
      title: row.title,
      description: row.description,
      // At the opening the quotes are being compared; an award release closes the tender.
      status: award ? 'complete' : 'active',
      procurementMethod,
      procurementMethodDetails,
      procurementMethodRationale: row.procedure_reason ?? DEFAULT_RATIONALE,
      mainProcurementCategory: CATEGORY[row.kind],
      value: euros(row.estimated_value),
      items: [
        {
          id: '1',
          description: row.title,
          classification: { scheme: 'CPV', id: row.cpv_code, description: row.cpv_label },
        },
      ],
      tenderPeriod: {
        ...(row.tender_start ? { startDate: row.tender_start.toISOString() } : {}),
        endDate: row.tender_end.toISOString(),
      },
      tenderers,
      numberOfTenderers: tenderers.length,
    },
    ...(award
      ? {
          awards: [
            {
              id: row.award_id!,
              title: row.title,
              // OCDS has no field of its own for the motivation of an award; its description carries it.
              ...(row.rationale ? { description: row.rationale } : {}),
              date,
              status: 'active',
              value: euros(row.award_value!),
              suppliers: [organisation(row.kvk_number!, row.supplier_name!)],
            },
          ],
        }
      : {}),
  };
}

/** A page's position: after the release of this date, request and stage (base64url JSON). */
const cursorOf = (row: Row) =>
  Buffer.from(JSON.stringify([row.release_date.toISOString(), row.request_id, row.stage])).toString(
    'base64url',
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function parseCursor(after: string): [Date, string, Stage] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [date, id, stage] = value as unknown[];
    if (typeof date !== 'string' || typeof id !== 'string' || !UUID.test(id)) return null;
    if (stage !== Stage.TENDER && stage !== Stage.AWARD) return null;
    const at = new Date(date);
    return Number.isNaN(at.getTime()) || at.toISOString() !== date ? null : [at, id, stage];
  } catch {
    return null;
  }
}

/**
 * `GET /ocds/releases.json` (`?municipality=GM0355`, `?year=2018`, `?limit=50`, `?after=<cursor>`, all
 * optional): an OCDS 1.1.5 release package of the procurement requests past their opening, public open data,
 * oldest release first, in keyset pages with `links.next`. An unknown municipality (a well-formed CBS code
 * that is not in the database) is a 404, so a typo is not mistaken for "no awards".
 */
export function procurementRoutes(router: Router, deps: RouteDeps): void {
  router.get('/ocds/releases.json', async (req: Request, res: Response, next) => {
    try {
      const municipality = singleQueryValue(req.query.municipality);
      const year = singleQueryValue(req.query.year);
      const after = singleQueryValue(req.query.after);
      const limit = singleQueryValue(req.query.limit);
      if (municipality === null || year === null || after === null || limit === null) {
        return deps.refuse(res, 400, ErrorCode.BAD_USER_INPUT, 'Give each parameter once');
      }
      if (req.query.page !== undefined) {
        return deps.refuse(
          res,
          400,
          ErrorCode.BAD_USER_INPUT,
          'page is replaced by after: follow links.next for the next page',
        );
      }
      if (municipality !== undefined && !CBS_CODE.test(municipality)) {
        return deps.refuse(res, 400, ErrorCode.BAD_USER_INPUT, 'municipality must be a CBS code like GM0355');
      }
      if (year !== undefined && !/^\d{4}$/.test(year)) {
        return deps.refuse(
          res,
          400,
          ErrorCode.BAD_USER_INPUT,
          'year must be a year of four digits like 2018',
        );
      }
      const cursor = after === undefined ? null : parseCursor(after);
      if (after !== undefined && !cursor) {
        return deps.refuse(res, 400, ErrorCode.BAD_USER_INPUT, 'after must be a cursor from links.next');
      }
      const pageSize =
        limit === undefined ? OCDS_PAGE_SIZE.default : /^\d{1,4}$/.test(limit) ? Number(limit) : 0;
      if (pageSize < 1 || pageSize > OCDS_PAGE_SIZE.max) {
        return deps.refuse(
          res,
          400,
          ErrorCode.BAD_USER_INPUT,
          `limit must be a whole number from 1 to ${OCDS_PAGE_SIZE.max}`,
        );
      }
      const ctx: Context = deps.createContext({
        requestId: String(res.getHeader('x-request-id') ?? ''),
        baseUrl: deps.baseUrlOf(req),
      });
      let municipalityId: string | null = null;
      if (municipality !== undefined) {
        const found = await ctx.loaders.core.municipalityByCbsCode.load(municipality);
        if (!found) return deps.refuse(res, 404, ErrorCode.NOT_FOUND, `Unknown municipality ${municipality}`);
        municipalityId = found.id;
      }
      // One row more than the page: whether there is a next page, in the same statement.
      const rows: Row[] = await ctx.em.query(RELEASES, [
        municipalityId,
        year === undefined ? null : Number(year),
        TIME_ZONE,
        cursor?.[0] ?? null,
        cursor?.[1] ?? null,
        cursor?.[2] ?? null,
        pageSize + 1,
      ]);
      const page = rows.slice(0, pageSize);
      const uriOf = (afterOf: string | undefined) => {
        const query = new URLSearchParams();
        if (municipality !== undefined) query.set('municipality', municipality);
        if (year !== undefined) query.set('year', year);
        if (limit !== undefined) query.set('limit', String(pageSize));
        if (afterOf !== undefined) query.set('after', afterOf);
        return `${ctx.baseUrl}/ocds/releases.json${query.size > 0 ? `?${query.toString()}` : ''}`;
      };
      // OCDS pagination: `links.next`, present only where there is a next page.
      const links = rows.length > pageSize ? { next: uriOf(cursorOf(page.at(-1)!)) } : null;
      res
        .status(200)
        .set('cache-control', 'public, max-age=300')
        .type('application/json; charset=utf-8')
        .send(
          JSON.stringify({
            uri: uriOf(after),
            version: '1.1',
            publishedDate: new Date().toISOString(),
            publisher: { name: 'Regio Q4', uri: ctx.baseUrl },
            license: 'https://creativecommons.org/publicdomain/zero/1.0/',
            releases: page.map(release),
            ...(links ? { links } : {}),
          }),
        );
    } catch (error) {
      next(error);
    }
  });
}
