import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { listComplexity, Role } from '../../kit';
import { Municipality } from '../core';
import { AgendaPoint } from './agenda-point.entity';
import { CoalitionAgreement } from './coalition-agreement.entity';
import { RecordCoalitionAgreementInput } from './coalition-agreement.inputs';
import { RecordCoalitionAgreementPayload } from './coalition-agreement.payloads';
import { recordCoalitionAgreement } from './coalition-agreement.service';
import { Party } from './party.entity';

@Resolver(() => CoalitionAgreement)
export class CoalitionAgreementResolver {
  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  async municipality(@Ctx() ctx: Context, @Root() agreement: CoalitionAgreement) {
    return ctx.loaders.core.municipalityById.load(agreement.municipalityId);
  }

  @FieldResolver(() => [Party], { description: 'The coalition’s parties, by name.' })
  parties(@Ctx() ctx: Context, @Root() agreement: CoalitionAgreement) {
    return ctx.loaders.politics.partiesByAgreementId.load(agreement.id);
  }

  @FieldResolver(() => [AgendaPoint], {
    complexity: listComplexity(20),
    description: 'The association’s agenda points it covers, in agenda order.',
  })
  async agendaPoints(@Ctx() ctx: Context, @Root() agreement: CoalitionAgreement) {
    const ids = await ctx.loaders.politics.agendaPointIdsByAgreementId.load(agreement.id);
    return (await ctx.loaders.politics.agendaPointById.loadMany(ids)).filter(
      (point): point is AgendaPoint => point instanceof AgendaPoint,
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RecordCoalitionAgreementPayload, {
    description: 'Records a coalition agreement (admins); periods of one municipality do not overlap.',
  })
  recordCoalitionAgreement(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordCoalitionAgreementInput, { description: 'The agreement.' })
    input: RecordCoalitionAgreementInput,
  ) {
    return recordCoalitionAgreement(ctx, input);
  }
}
