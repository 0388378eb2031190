import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listComplexity, Role } from '../../kit';
import { createOrganisation, listOrganisations, updateOrganisation } from './catalogue.service';
import type { Context } from '../../kit';
import { Municipality } from './municipality.entity';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';
import { Organisation, OrganisationKind } from './organisation.entity';
import { CreateOrganisationPayload, UpdateOrganisationPayload } from './organisation.payloads';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], {
    complexity: listComplexity(25),
    description: 'Partners and stakeholders by name, optionally of one kind.',
  })
  organisations(
    @Ctx() ctx: Context,
    @Arg('kind', () => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' })
    kind?: OrganisationKind,
  ) {
    return listOrganisations(ctx, kind);
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The municipality it is based in; null when not recorded.',
  })
  municipality(@Ctx() ctx: Context, @Root() organisation: Organisation) {
    return organisation.municipalityId
      ? ctx.loaders.core.municipalityById.load(organisation.municipalityId)
      : null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateOrganisationPayload, { description: 'Adds a partner or stakeholder (admins).' })
  createOrganisation(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOrganisationInput, { description: 'The new organisation.' })
    input: CreateOrganisationInput,
  ) {
    return createOrganisation(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateOrganisationPayload, { description: 'Changes an organisation (admins).' })
  updateOrganisation(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateOrganisationInput, {
      description: 'The organisation and the fields to change.',
    })
    input: UpdateOrganisationInput,
  ) {
    return updateOrganisation(ctx, input);
  }
}
