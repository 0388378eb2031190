import { Field, ID, ObjectType } from 'type-graphql';
import { Business } from './business.entity';
import { BusinessMembership } from './business-membership.entity';
import { UserError } from './payloads';

@ObjectType()
abstract class BusinessResult {
  @Field(() => Business, {
    nullable: true,
    description: 'The business as it is now; null when userErrors is not empty.',
  })
  business!: Business | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreateBusinessPayload extends BusinessResult {}

@ObjectType()
export class UpdateBusinessPayload extends BusinessResult {}

@ObjectType()
export class DeleteBusinessPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted business.' })
  deletedId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
abstract class BusinessMembershipResult {
  @Field(() => BusinessMembership, { nullable: true })
  membership!: BusinessMembership | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class AddBusinessMembershipPayload extends BusinessMembershipResult {}

@ObjectType()
export class EndBusinessMembershipPayload extends BusinessMembershipResult {}
