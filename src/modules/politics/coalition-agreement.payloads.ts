import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { CoalitionAgreement } from './coalition-agreement.entity';

@ObjectType({ description: 'The result of `recordCoalitionAgreement`.' })
export class RecordCoalitionAgreementPayload {
  @Field(() => CoalitionAgreement, { nullable: true, description: 'The agreement; null on user errors.' })
  coalitionAgreement!: CoalitionAgreement | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}
