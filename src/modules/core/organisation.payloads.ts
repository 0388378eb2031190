import { Field, ObjectType } from 'type-graphql';
import { Organisation } from './organisation.entity';
import { USER_ERRORS, UserError } from '../../kit';

@ObjectType()
abstract class OrganisationResult {
  @Field(() => Organisation, {
    nullable: true,
    description: 'The organisation as it is now; null when userErrors is not empty.',
  })
  organisation!: Organisation | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `createOrganisation`.' })
export class CreateOrganisationPayload extends OrganisationResult {}

@ObjectType({ description: 'Result of `updateOrganisation`.' })
export class UpdateOrganisationPayload extends OrganisationResult {}
