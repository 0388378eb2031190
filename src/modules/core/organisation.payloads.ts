import { Field, ObjectType } from 'type-graphql';
import { Organisation } from './organisation.entity';
import { UserError } from './payloads';

@ObjectType()
abstract class OrganisationResult {
  @Field(() => Organisation, { nullable: true })
  organisation!: Organisation | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreateOrganisationPayload extends OrganisationResult {}

@ObjectType()
export class UpdateOrganisationPayload extends OrganisationResult {}
