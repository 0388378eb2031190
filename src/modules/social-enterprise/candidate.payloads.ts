import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../kit';
import { Candidate } from './candidate.entity';

@ObjectType()
abstract class CandidateResult {
  @Field(() => Candidate, { nullable: true, description: 'The candidate as it is now; null on errors.' })
  candidate!: Candidate | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `createCandidate`.' })
export class CreateCandidatePayload extends CandidateResult {}

@ObjectType({ description: 'The result of `updateCandidate`.' })
export class UpdateCandidatePayload extends CandidateResult {}

@ObjectType({ description: 'The result of `eraseCandidate`.' })
export class EraseCandidatePayload extends CandidateResult {}
