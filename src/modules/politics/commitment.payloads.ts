import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { Commitment } from './commitment.entity';

@ObjectType()
abstract class CommitmentResult {
  @Field(() => Commitment, {
    nullable: true,
    description: 'The commitment as it is now; null on user errors.',
  })
  commitment!: Commitment | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `recordCommitment`.' })
export class RecordCommitmentPayload extends CommitmentResult {}

@ObjectType({ description: 'The result of `changeCommitmentStage`.' })
export class ChangeCommitmentStagePayload extends CommitmentResult {}
