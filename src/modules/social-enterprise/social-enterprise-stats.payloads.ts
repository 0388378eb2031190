import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuppressedCount } from '../../kit';
import { TargetGroup } from './candidate.enum';
import { OpportunityKind } from './opportunity.enum';
import { PlacementStage } from './placement.enum';

@ObjectType({ description: 'Opportunities of one kind.' })
export class OpportunityKindCount {
  @Field(() => OpportunityKind, { description: 'The kind.' })
  kind!: OpportunityKind;

  @Field(() => SuppressedCount, { description: 'How many were posted.' })
  count!: SuppressedCount;
}

@ObjectType({ description: 'Placements in one stage.' })
export class PlacementStageCount {
  @Field(() => PlacementStage, { description: 'The stage.' })
  stage!: PlacementStage;

  @Field(() => SuppressedCount, { description: 'How many placements are in it now.' })
  count!: SuppressedCount;
}

@ObjectType({ description: 'Placements of candidates of one target group.' })
export class TargetGroupCount {
  @Field(() => TargetGroup, { description: 'The target group.' })
  targetGroup!: TargetGroup;

  @Field(() => SuppressedCount, { description: 'How many placements.' })
  count!: SuppressedCount;
}

@ObjectType({
  description:
    'Public figures of the opportunity board for a year. Counts below 5, and counts from which one could be ' +
    'derived by subtraction, are suppressed for everyone but coaches and admins.',
})
export class SocialEnterpriseStats {
  @Field(() => Int, { description: 'The year, in Amsterdam time.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality; null for all.' })
  municipality!: string | null;

  @Field(() => SuppressedCount, { description: 'Opportunities posted in the year.' })
  opportunities!: SuppressedCount;

  @Field(() => [OpportunityKindCount], {
    description: 'Opportunities posted in the year, per kind (every kind).',
  })
  opportunitiesByKind!: OpportunityKindCount[];

  @Field(() => SuppressedCount, { description: 'Placements proposed in the year.' })
  placements!: SuppressedCount;

  @Field(() => [PlacementStageCount], { description: 'Those placements per current stage (every stage).' })
  placementsByStage!: PlacementStageCount[];

  @Field(() => [TargetGroupCount], { description: 'Those placements per target group (every group).' })
  placementsByTargetGroup!: TargetGroupCount[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0..1) of the places of the year’s opportunities that are taken (PLACED or COMPLETED); null ' +
      'when there are none, or when fewer than 5 are taken and you are not a coach or admin.',
  })
  fillRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median days from proposal to PLACED of the year’s placements that got there; null when none, or ' +
      'fewer than 5 and you are not a coach or admin.',
  })
  medianDaysToPlacement!: number | null;
}
