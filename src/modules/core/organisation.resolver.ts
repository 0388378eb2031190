import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from './auth';
import { createOrganisation, listOrganisations, updateOrganisation } from './catalogue.service';
import type { Context } from './context';
import { listComplexity } from './relay';
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
    @Arg('kind', () => OrganisationKind, { nullable: true }) kind?: OrganisationKind,
  ) {
    return listOrganisations(ctx, kind);
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Ctx() ctx: Context, @Root() organisation: Organisation) {
    return organisation.municipalityId
      ? ctx.loaders.core.municipalityById.load(organisation.municipalityId)
      : null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateOrganisationPayload)
  createOrganisation(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
  ) {
    return createOrganisation(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateOrganisationPayload)
  updateOrganisation(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
  ) {
    return updateOrganisation(ctx, input);
  }
}
