import { IsOptional } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import type { Context } from '../../kit';
import { DateScalar, IsCbsCode, todayInAmsterdam, UserError, withTransaction } from '../../kit';
import { inputMunicipality } from '../core';
import { SocialEnterpriseParticipation } from './participation.entity';
import { ParticipationStatus } from './social-enterprise.enums';

@InputType({ description: 'Records where a municipality stands on the model (admins).' })
export class SetSocialEnterpriseParticipationInput {
  @Field(() => String, { description: 'CBS code of the municipality.' })
  @IsCbsCode()
  municipality!: string;

  @Field(() => ParticipationStatus, { description: 'In talks, adopted or declined.' })
  status!: ParticipationStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Since when; today when left out.' })
  @IsOptional()
  since?: string | null;
}

@ObjectType({ description: 'The result of `setSocialEnterpriseParticipation`.' })
export class SetSocialEnterpriseParticipationPayload {
  @Field(() => SocialEnterpriseParticipation, {
    nullable: true,
    description: 'The participation; null on errors.',
  })
  participation!: SocialEnterpriseParticipation | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

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
