import type { Request, Response, Router } from 'express';
import type { Context, RouteDeps } from '../../kit';
import { checkCbsCode, ErrorCode, toGlobalId } from '../../kit';

/**
 * A municipality's aldermen and parties as Popolo JSON (https://www.popoloproject.com): persons, the
 * organizations (the parties, the council and the executive), a post per alderman's portfolio and a
 * membership per term. Public data only: names, no e-mail addresses. Ids are the API's global ids, or
 * `<CBS code>/raad` and `<CBS code>/college` for the council and the executive.
 */
export async function popoloOf(ctx: Context, cbsCode: string) {
  const municipality = await ctx.loaders.core.municipalityByCbsCode.load(cbsCode);
  if (!municipality) return null;
  const [parties, terms] = await Promise.all([
    ctx.loaders.politics.partiesByMunicipalityId.load(municipality.id),
    ctx.loaders.politics.aldermanTermsByMunicipalityId.load(municipality.id),
  ]);
  const people = await ctx.loaders.core.personById.loadMany([...new Set(terms.map((term) => term.personId))]);
  const council = `${cbsCode}/raad`;
  const executive = `${cbsCode}/college`;
  return {
    persons: people.flatMap((person) =>
      person && !(person instanceof Error)
        ? [{ id: toGlobalId('Person', person.id), name: person.name }]
        : [],
    ),
    organizations: [
      { id: council, name: `Gemeenteraad ${municipality.name}`, classification: 'legislature' },
      {
        id: executive,
        name: `College van burgemeester en wethouders ${municipality.name}`,
        classification: 'executive',
      },
      ...parties.map((party) => ({
        id: toGlobalId('Party', party.id),
        name: party.name,
        other_names: [{ name: party.abbreviation, note: 'abbreviation' }],
        classification: 'party',
      })),
    ],
    posts: terms.map((term) => ({
      id: `${toGlobalId('AldermanTerm', term.id)}/post`,
      label: `Wethouder ${term.portfolio}`,
      role: 'Wethouder',
      organization_id: executive,
    })),
    memberships: terms.map((term) => ({
      id: toGlobalId('AldermanTerm', term.id),
      person_id: toGlobalId('Person', term.personId),
      organization_id: executive,
      post_id: `${toGlobalId('AldermanTerm', term.id)}/post`,
      role: 'Wethouder',
      ...(term.partyId ? { on_behalf_of_id: toGlobalId('Party', term.partyId) } : {}),
      start_date: term.since,
      ...(term.until ? { end_date: term.until } : {}),
    })),
  };
}

export function politicsRoutes(router: Router, deps: RouteDeps): void {
  router.get('/popolo/:file', async (req: Request, res: Response, next) => {
    try {
      const file = String(req.params.file);
      if (!file.endsWith('.json'))
        return deps.refuse(res, 404, ErrorCode.NOT_FOUND, 'Ask for <CBS code>.json');
      const code = file.slice(0, -'.json'.length);
      try {
        checkCbsCode(code);
      } catch (error) {
        return deps.refuse(res, 400, ErrorCode.BAD_USER_INPUT, (error as Error).message);
      }
      const ctx = deps.createContext({
        requestId: String(res.getHeader('x-request-id') ?? ''),
        baseUrl: deps.baseUrlOf(req),
      });
      const popolo = await popoloOf(ctx, code);
      if (!popolo) return deps.refuse(res, 404, ErrorCode.NOT_FOUND, `Unknown municipality ${code}`);
      res
        .status(200)
        .set('cache-control', 'public, max-age=300')
        .type('application/json; charset=utf-8')
        .json(popolo);
    } catch (error) {
      next(error);
    }
  });
}
