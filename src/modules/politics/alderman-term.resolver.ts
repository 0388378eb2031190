import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { Role } from '../../kit';
import { Municipality, Person } from '../core';
import { AldermanTerm } from './alderman-term.entity';
import { EndAldermanTermInput, RecordAldermanTermInput } from './alderman-term.inputs';
import { EndAldermanTermPayload, RecordAldermanTermPayload } from './alderman-term.payloads';
import { endAldermanTerm, recordAldermanTerm } from './alderman-term.service';
import { Party } from './party.entity';

@Resolver(() => AldermanTerm)
export class AldermanTermResolver {
  @FieldResolver(() => Person, { description: 'The alderman (name public, e-mail for admins).' })
  async person(@Ctx() ctx: Context, @Root() term: AldermanTerm) {
    return ctx.loaders.core.personById.load(term.personId);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  async municipality(@Ctx() ctx: Context, @Root() term: AldermanTerm) {
    return ctx.loaders.core.municipalityById.load(term.municipalityId);
  }

  @FieldResolver(() => Party, { nullable: true, description: 'The party; null for a non-party alderman.' })
  async party(@Ctx() ctx: Context, @Root() term: AldermanTerm) {
    return term.partyId ? ctx.loaders.politics.partyById.load(term.partyId) : null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RecordAldermanTermPayload, {
    description:
      'Records a term as alderman (admins): a known person by id or a new one by name, a party of the ' +
      'municipality or none, and until on or after since.',
  })
  recordAldermanTerm(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordAldermanTermInput, { description: 'The term.' }) input: RecordAldermanTermInput,
  ) {
    return recordAldermanTerm(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => EndAldermanTermPayload, {
    description: 'Ends a term in office (admins): sets its last day, on or after its first.',
  })
  endAldermanTerm(
    @Ctx() ctx: Context,
    @Arg('input', () => EndAldermanTermInput, { description: 'The term and its last day.' })
    input: EndAldermanTermInput,
  ) {
    return endAldermanTerm(ctx, input);
  }
}
