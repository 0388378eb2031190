import type { Context, UserError } from '../../kit';
import { todayInAmsterdam, withTransaction } from '../../kit';
import { inputMunicipality } from '../core';
import { SocialEnterpriseParticipation } from './participation.entity';
import type { SetSocialEnterpriseParticipationInput } from './participation.inputs';

/** Every municipality's participation, those that adopted first, then in talks, then declined; by name. */
export function listParticipation(ctx: Context): Promise<SocialEnterpriseParticipation[]> {
  return ctx.em
    .createQueryBuilder(SocialEnterpriseParticipation, 'p')
    .innerJoin('p.municipality', 'm')
    .orderBy(`array_position(ARRAY['ADOPTED','IN_TALKS','DECLINED']::text[], p.status::text)`)
    .addOrderBy('m.name')
    .getMany();
}

export function setParticipation(ctx: Context, input: SetSocialEnterpriseParticipationInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const municipality = await inputMunicipality(tx, input.municipality, errors);
    if (!municipality) return { participation: null, userErrors: errors };
    await tx.em.upsert(
      SocialEnterpriseParticipation,
      { municipalityId: municipality.id, status: input.status, since: input.since ?? todayInAmsterdam() },
      ['municipalityId'],
    );
    const participation = await tx.em.findOneByOrFail(SocialEnterpriseParticipation, {
      municipalityId: municipality.id,
    });
    return { participation, userErrors: [] };
  });
}
