import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { Election, ElectionResult } from './election.entity';

@ObjectType({ description: 'The result of `recordElection`.' })
export class RecordElectionPayload {
  @Field(() => Election, { nullable: true, description: 'The election; null on user errors.' })
  election!: Election | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `recordElectionResult`.' })
export class RecordElectionResultPayload {
  @Field(() => ElectionResult, {
    nullable: true,
    description: 'The seats as they are now; null on user errors.',
  })
  electionResult!: ElectionResult | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}
