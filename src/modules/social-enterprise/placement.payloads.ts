import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../kit';
import { TargetGroup } from './candidate.enum';
import { CoachReadLogged } from './identifying';
import { Placement } from './placement.entity';

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

/**
 * What the employer of a placement sees of its candidate: a pseudonym of that employer's own (derived from
 * the candidate's secret key, so two employers see unrelated ones), the target group, skills and
 * availability. Not a `Node`: it cannot be refetched or linked. A coach's read of any field is logged.
 */
@ObjectType({ description: 'A candidate as the employer of a placement sees them: without name or contact.' })
export class CandidateProfile {
  /** Whose profile it is: for the read log only, never a field. */
  candidateId!: string;

  @Field(() => String, {
    description:
      'The pseudonym this employer (business, institution or municipality) sees, e.g. `K-7Q3X9M`: the same ' +
      'on each of its opportunities, another for every other employer; new after erasure.',
  })
  @CoachReadLogged()
  pseudonym!: string;

  @Field(() => TargetGroup, { description: 'The candidate’s target group.' })
  @CoachReadLogged()
  targetGroup!: TargetGroup;

  @Field(() => [String], { description: 'Skills.' })
  @CoachReadLogged()
  skills!: string[];

  @Field(() => String, { description: 'When the candidate can work.' })
  @CoachReadLogged()
  availability!: string;
}
