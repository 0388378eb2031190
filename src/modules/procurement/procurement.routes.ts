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

interface Row {
  award_id: string;
  awarded_at: Date;
  award_value: string;
  request_id: string;
  title: string;
  description: string;
  kind: ProcurementKind;
  procedure: ProcurementProcedure;
  estimated_value: string;
  cbs_code: string;
  municipality_name: string;
  cpv_code: string;
  cpv_label: string;
  kvk_number: string;
  supplier_name: string;
}

/**
 * Every awarded request, with its award, buyer, supplier and CPV category, in ONE statement: the export's
 * statement count does not grow with the releases. Only public columns: no contact persons, no names of
 * civil servants. The year is the award's year in Dutch time.
 */
const AWARDED = `
  SELECT a.id AS award_id, a.awarded_at, a.value AS award_value,
         r.id AS request_id, r.title, r.description, r.kind, r.procedure, r.estimated_value,
         m.cbs_code, m.name AS municipality_name, c.code AS cpv_code, c.label AS cpv_label,
         b.kvk_number, b.name AS supplier_name
    FROM award a
    JOIN procurement_request r ON r.id = a.request_id
    JOIN municipality m ON m.id = r.municipality_id
    JOIN business b ON b.id = a.business_id
    JOIN cpv_category c ON c.code = r.cpv_code
   WHERE r.status = 'AWARDED'
     AND ($1::uuid IS NULL OR r.municipality_id = $1)
     AND ($2::int IS NULL OR (a.awarded_at >= make_timestamptz($2, 1, 1, 0, 0, 0, $3)
                              AND a.awarded_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, $3)))
   ORDER BY a.awarded_at, a.id
   LIMIT $4 OFFSET $5`;

const euros = (cents: string | number) => ({ amount: Number(cents) / 100, currency: 'EUR' });

function release(row: Row) {
  const buyer = { id: row.cbs_code, name: row.municipality_name };
  const supplier = {
    id: `NL-KVK-${row.kvk_number}`,
    name: row.supplier_name,
  };
  const [procurementMethod, procurementMethodDetails] = METHOD[row.procedure];
  const date = row.awarded_at.toISOString();
  return {
    ocid: `${OCID_PREFIX}${row.request_id}`,
    id: `${row.request_id}-award`,
    date,
    tag: ['award'],
    initiationType: 'tender',
    parties: [
      { ...buyer, roles: ['buyer'] },
      {
        ...supplier,
        identifier: { scheme: 'NL-KVK', id: row.kvk_number, legalName: row.supplier_name },
        roles: ['supplier'],
      },
    ],
    buyer,
    tender: {
      id: row.request_id,
      title: row.title,
      description: row.description,
      status: 'complete',
      procurementMethod,
      procurementMethodDetails,
      mainProcurementCategory: CATEGORY[row.kind],
      value: euros(row.estimated_value),
      items: [
        {
          id: '1',
          description: row.title,
          classification: { scheme: 'CPV', id: row.cpv_code, description: row.cpv_label },
        },
      ],
    },
    awards: [
      {
        id: row.award_id,
        title: row.title,
        date,
        status: 'active',
        value: euros(row.award_value),
        suppliers: [supplier],
      },
    ],
  };
}

/**
 * `GET /ocds/releases.json` (`?municipality=GM0355`, `?year=2018`, `?page=2&limit=50`, all optional): an
 * OCDS 1.1.5 release package of the awarded procurement requests, public open data, oldest award first, in
 * pages with `links.next` / `links.prev`. An unknown municipality (a well-formed CBS code that is not in the
 * database) is a 404, so a typo is not mistaken for "no awards".
 */
export function procurementRoutes(router: Router, deps: RouteDeps): void {
  router.get('/ocds/releases.json', async (req: Request, res: Response, next) => {
    try {
      const municipality = singleQueryValue(req.query.municipality);
      const year = singleQueryValue(req.query.year);
      const page = singleQueryValue(req.query.page);
      const limit = singleQueryValue(req.query.limit);
      if (municipality === null || year === null || page === null || limit === null) {
        return deps.refuse(res, 400, ErrorCode.BAD_USER_INPUT, 'Give each parameter once');
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
      const pageNumber = page === undefined ? 1 : /^\d{1,6}$/.test(page) ? Number(page) : 0;
      if (pageNumber < 1) {
        return deps.refuse(res, 400, ErrorCode.BAD_USER_INPUT, 'page must be a whole number from 1');
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
      const rows: Row[] = await ctx.em.query(AWARDED, [
        municipalityId,
        year === undefined ? null : Number(year),
        TIME_ZONE,
        pageSize + 1,
        (pageNumber - 1) * pageSize,
      ]);
      const uriOf = (pageOf: number | undefined) => {
        const query = new URLSearchParams();
        if (municipality !== undefined) query.set('municipality', municipality);
        if (year !== undefined) query.set('year', year);
        if (limit !== undefined) query.set('limit', String(pageSize));
        if (pageOf !== undefined) query.set('page', String(pageOf));
        return `${ctx.baseUrl}/ocds/releases.json${query.size > 0 ? `?${query.toString()}` : ''}`;
      };
      // OCDS pagination: `links.next` / `links.prev`, present only where there is such a page.
      const links = {
        ...(rows.length > pageSize ? { next: uriOf(pageNumber + 1) } : {}),
        ...(pageNumber > 1 ? { prev: uriOf(pageNumber - 1) } : {}),
      };
      res
        .status(200)
        .set('cache-control', 'public, max-age=300')
        .type('application/json; charset=utf-8')
        .send(
          JSON.stringify({
            uri: uriOf(page === undefined ? undefined : pageNumber),
            version: '1.1',
            publishedDate: new Date().toISOString(),
            publisher: { name: 'Regio Q4', uri: ctx.baseUrl },
            license: 'https://creativecommons.org/publicdomain/zero/1.0/',
            releases: rows.slice(0, pageSize).map(release),
            ...(Object.keys(links).length > 0 ? { links } : {}),
          }),
        );
    } catch (error) {
      next(error);
    }
  });
}
