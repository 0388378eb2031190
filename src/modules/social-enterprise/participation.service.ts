import type { Context, UserError } from '../../kit';
import { todayInAmsterdam, withTransaction } from '../../kit';
import { inputMunicipality } from '../core';
import { SocialEnterpriseParticipation } from './participation.entity';
import type { SetSocialEnterpriseParticipationInput } from './participation.inputs';

/**
 * The status of a municipality on `day` from its history (oldest first): the latest row since on or before
 * that day, with `until` the day the next row took over (null while it holds). Null before the first row.
 */
export function participationOn(
  history: readonly SocialEnterpriseParticipation[],
  day: string,
): SocialEnterpriseParticipation | null {
  let index = -1;
  for (const [i, row] of history.entries()) if (row.since <= day) index = i;
  if (index < 0) return null;
  return Object.assign(new SocialEnterpriseParticipation(), history[index], {
    until: history[index + 1]?.since ?? null,
  });
}

/** A municipality's participation on `day` (today when null), from its history loaded per request. */
export async function participationOf(
  ctx: Context,
  municipalityId: string,
  day: string | null,
): Promise<SocialEnterpriseParticipation | null> {
  const history =
    await ctx.loaders.socialEnterprise.participationHistoryByMunicipalityId.load(municipalityId);
  return participationOn(history, day ?? todayInAmsterdam());
}

/**
 * Every municipality's participation on `day` (today when null), those that adopted first, then in talks,
 * then declined; by name. One statement: the latest row per municipality since on or before the day, and
 * the day the next one (if any) took over.
 */
export async function listParticipation(
  ctx: Context,
  day: string | null = null,
): Promise<SocialEnterpriseParticipation[]> {
  const on = day ?? todayInAmsterdam();
  const rows: { id: string; municipality_id: string; status: string; since: string; until: string | null }[] =
    await ctx.em.query(
      `SELECT p.id, p.municipality_id, p.status, to_char(p.since, 'YYYY-MM-DD') AS since,
              to_char(p.until, 'YYYY-MM-DD') AS until
         FROM (SELECT *, lead(since) OVER (PARTITION BY municipality_id ORDER BY since) AS until
                 FROM social_enterprise_participation) p
         JOIN municipality m ON m.id = p.municipality_id
        WHERE p.since <= $1 AND (p.until IS NULL OR p.until > $1)
        ORDER BY array_position(ARRAY['ADOPTED','IN_TALKS','DECLINED']::text[], p.status::text), m.name`,
      [on],
    );
  return rows.map((row) =>
    Object.assign(new SocialEnterpriseParticipation(), {
      id: row.id,
      municipalityId: row.municipality_id,
      status: row.status,
      since: row.since,
      until: row.until,
    }),
  );
}

/**
 * Records where a municipality stands from `since` (today when left out) on: a new step in its history, or
 * a correction of the step of that same day.
 */
export function setParticipation(ctx: Context, input: SetSocialEnterpriseParticipationInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const municipality = await inputMunicipality(tx, input.municipality, errors);
    if (!municipality) return { participation: null, userErrors: errors };
    const since = input.since ?? todayInAmsterdam();
    await tx.em.upsert(
      SocialEnterpriseParticipation,
      { municipalityId: municipality.id, status: input.status, since },
      ['municipalityId', 'since'],
    );
    const history = await tx.em.find(SocialEnterpriseParticipation, {
      where: { municipalityId: municipality.id },
      order: { since: 'ASC' },
    });
    return { participation: participationOn(history, since), userErrors: [] };
  });
}
