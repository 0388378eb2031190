import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../kit';
import { Opportunity } from './opportunity.entity';
import { ProjectInterest } from './project-interest.entity';

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

@ObjectType({ description: 'The result of `expressProjectInterest`.' })
export class ExpressProjectInterestPayload {
  @Field(() => ProjectInterest, {
    nullable: true,
    description: 'The firm’s interest as stored; null on errors.',
  })
  interest!: ProjectInterest | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `takeInterestedFirmsIntoRequest`.' })
export class TakeInterestedFirmsIntoRequestPayload extends OpportunityResult {}
