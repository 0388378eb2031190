import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { ConnectionArgs, connectionComplexity, ConnectionType, fromGlobalId, Role } from '../../kit';
import { Association, Business, Municipality } from '../core';
import { BusinessApplication } from './application.entity';
import {
  ApplyAsBusinessInput,
  BusinessApplicationFilter,
  BusinessApplicationRef,
  ConfirmBusinessApplicationInput,
  RejectBusinessApplicationInput,
} from './application.inputs';
import { sendConfirmationMail, sendDecisionMail } from './application.notify';
import { ApplyAsBusinessPayload, BusinessApplicationPayload } from './application.payloads';
import * as applications from './application.service';

const BusinessApplicationConnection = ConnectionType(BusinessApplication);

@Resolver(() => BusinessApplication)
export class BusinessApplicationResolver {
  @Authorized(Role.ADMIN, Role.SECRETARY, Role.MEMBER)
  @Query(() => BusinessApplicationConnection, {
    complexity: connectionComplexity,
    description:
      'Applications to join the register, newest first: all for admins, those naming their association for a ' +
      'secretary, those for their own KvK number for a member.',
  })
  businessApplications(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => BusinessApplicationFilter, { nullable: true, description: 'Conditions.' })
    filter?: BusinessApplicationFilter,
  ) {
    return applications.listApplications(ctx, filter, page);
  }

  @Query(() => BusinessApplication, {
    nullable: true,
    description: 'An application by id; null when unknown or not yours to see.',
  })
  businessApplication(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Id of the application.' }) id: string,
  ) {
    return applications.findApplication(ctx, fromGlobalId(id, 'BusinessApplication').id);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality the firm is in.' })
  municipality(@Ctx() ctx: Context, @Root() application: BusinessApplication) {
    return ctx.loaders.core.municipalityById.load(application.municipalityId);
  }

  @FieldResolver(() => Association, {
    nullable: true,
    description: 'The association the firm wants to join; null: the register only (Regio Q4 decides).',
  })
  association(@Ctx() ctx: Context, @Root() application: BusinessApplication) {
    return application.associationId
      ? ctx.loaders.core.associationById.load(application.associationId)
      : null;
  }

  @FieldResolver(() => Business, {
    nullable: true,
    description:
      'The business of this KvK number in the register: the existing one (whose member must confirm), or ' +
      'the one the approval made; null while the number is not in the register.',
  })
  business(@Ctx() ctx: Context, @Root() application: BusinessApplication) {
    return ctx.loaders.core.businessByKvkNumber.load(application.kvkNumber);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of the contact person: for admins, the deciding secretary and the owner; else null.',
  })
  contactName(@Ctx() ctx: Context, @Root() application: BusinessApplication) {
    return applications.canSeeApplication(ctx, application) ? application.contactName : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'E-mail address of the contact (confirmed once PENDING): for admins, the deciding secretary and the ' +
      'owner; else null.',
  })
  contactEmail(@Ctx() ctx: Context, @Root() application: BusinessApplication) {
    return applications.canSeeApplication(ctx, application) ? application.contactEmail : null;
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities the firm serves besides its own.' })
  async municipalitiesServed(@Ctx() ctx: Context, @Root() application: BusinessApplication) {
    const found = await ctx.loaders.core.municipalityById.loadMany(application.municipalityIdsServed);
    return found.filter((m): m is Municipality => m instanceof Municipality);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who approved or rejected it (display name); null while undecided.',
  })
  decidedBy(@Root() application: BusinessApplication) {
    return application.decidedByName;
  }

  @Mutation(() => ApplyAsBusinessPayload, {
    description:
      'A firm applies to join the register (anonymous; rate-limited per address). The contact receives a link ' +
      'to confirm the e-mail address; then the named association’s secretary, or Regio Q4, decides.',
  })
  applyAsBusiness(
    @Ctx() ctx: Context,
    @Arg('input', () => ApplyAsBusinessInput, { description: 'The firm and what it applies for.' })
    input: ApplyAsBusinessInput,
  ) {
    return applications.applyAsBusiness(ctx, input, sendConfirmationMail);
  }

  @Mutation(() => BusinessApplicationPayload, {
    description: 'Confirms the contact’s e-mail address with the token of the mailed link (anonymous).',
  })
  confirmBusinessApplication(
    @Ctx() ctx: Context,
    @Arg('input', () => ConfirmBusinessApplicationInput, { description: 'The token.' })
    input: ConfirmBusinessApplicationInput,
  ) {
    return applications.confirmApplication(ctx, input);
  }

  @Authorized(Role.MEMBER)
  @Mutation(() => BusinessApplicationPayload, {
    description:
      'A member of the business that already holds the application’s KvK number confirms that the ' +
      'application is theirs (needed before approval).',
  })
  confirmBusinessApplicationAsOwner(
    @Ctx() ctx: Context,
    @Arg('input', () => BusinessApplicationRef, { description: 'The application.' })
    input: BusinessApplicationRef,
  ) {
    return applications.confirmApplicationAsOwner(ctx, input.id);
  }

  @Authorized(Role.ADMIN, Role.SECRETARY)
  @Mutation(() => BusinessApplicationPayload, {
    description:
      'Approves a confirmed application (admins, or the named association’s secretary): the business, its ' +
      'membership and its supplier profile exist from today; the contact is told.',
  })
  approveBusinessApplication(
    @Ctx() ctx: Context,
    @Arg('input', () => BusinessApplicationRef, { description: 'The application.' })
    input: BusinessApplicationRef,
  ) {
    return applications.approveApplication(ctx, input.id, sendDecisionMail);
  }

  @Authorized(Role.ADMIN, Role.SECRETARY)
  @Mutation(() => BusinessApplicationPayload, {
    description: 'Rejects an application with a reason (admins, or the named association’s secretary).',
  })
  rejectBusinessApplication(
    @Ctx() ctx: Context,
    @Arg('input', () => RejectBusinessApplicationInput, { description: 'The application and the reason.' })
    input: RejectBusinessApplicationInput,
  ) {
    return applications.rejectApplication(ctx, input, sendDecisionMail);
  }
}
