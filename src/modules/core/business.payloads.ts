import { Field, ID, ObjectType } from 'type-graphql';
import { Business } from './business.entity';
import { BusinessMembership } from './business-membership.entity';
import { USER_ERRORS, UserError } from '../../kit';

@ObjectType()
abstract class BusinessResult {
  @Field(() => Business, {
    nullable: true,
    description: 'The business as it is now; null when userErrors is not empty.',
  })
  business!: Business | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `createBusiness`.' })
export class CreateBusinessPayload extends BusinessResult {}

@ObjectType({ description: 'Result of `updateBusiness`.' })
export class UpdateBusinessPayload extends BusinessResult {}

@ObjectType({ description: 'Result of `deleteBusiness`.' })
export class DeleteBusinessPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted business.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType()
abstract class BusinessMembershipResult {
  @Field(() => BusinessMembership, {
    nullable: true,
    description: 'The membership as it is now; null when userErrors is not empty.',
  })
  membership!: BusinessMembership | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `addBusinessMembership`.' })
export class AddBusinessMembershipPayload extends BusinessMembershipResult {}

@ObjectType({ description: 'Result of `endBusinessMembership`.' })
export class EndBusinessMembershipPayload extends BusinessMembershipResult {}
