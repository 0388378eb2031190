import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../kit';
import { Candidate } from './candidate.entity';
import { Opportunity } from './opportunity.entity';
import { Placement } from './placement.entity';

@ObjectType()
abstract class OpportunityResult {
  @Field(() => Opportunity, { nullable: true, description: 'The opportunity as it is now; null on errors.' })
  opportunity!: Opportunity | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `postOpportunity`.' })
export class PostOpportunityPayload extends OpportunityResult {}

@ObjectType({ description: 'The result of `updateOpportunity`.' })
export class UpdateOpportunityPayload extends OpportunityResult {}

@ObjectType({ description: 'The result of `closeOpportunity`.' })
export class CloseOpportunityPayload extends OpportunityResult {}

@ObjectType({ description: 'The result of `convertProjectToProcurementRequest`.' })
export class ConvertProjectToProcurementRequestPayload extends OpportunityResult {
  @Field(() => ID, {
    nullable: true,
    description: 'The new procurement request (`procurementRequest(id:)`); null on errors.',
  })
  procurementRequestId!: string | null;
}

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

@ObjectType()
abstract class PlacementResult {
  @Field(() => Placement, { nullable: true, description: 'The placement as it is now; null on errors.' })
  placement!: Placement | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `proposePlacement`.' })
export class ProposePlacementPayload extends PlacementResult {}

@ObjectType({ description: 'The result of `movePlacement`.' })
export class MovePlacementPayload extends PlacementResult {}
