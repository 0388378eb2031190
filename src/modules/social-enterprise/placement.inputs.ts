import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PlacementAnswer, PlacementStage } from './placement.enum';

@InputType({ description: 'Proposes a candidate for an OPEN opportunity (the placement starts PROPOSED).' })
export class ProposePlacementInput {
  @Field(() => ID, { description: 'The candidate.' })
  candidateId!: string;

  @Field(() => ID, { description: 'The opportunity.' })
  opportunityId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A note for the history (coaches only; erased with the candidate).',
  })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'Moves a placement to its next stage (see `PlacementStage`).' })
export class MovePlacementInput {
  @Field(() => ID, { description: 'The placement.' })
  id!: string;

  @Field(() => PlacementStage, { description: 'The stage to move to.' })
  stage!: PlacementStage;

  @Field(() => String, {
    nullable: true,
    description: 'A note for the history (coaches only; erased with the candidate).',
  })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'The poster of the opportunity answers a proposed or introduced candidate.' })
export class AnswerPlacementInput {
  @Field(() => ID, { description: 'The placement.' })
  id!: string;

  @Field(() => PlacementAnswer, { description: 'Accept or decline.' })
  answer!: PlacementAnswer;

  @Field(() => String, {
    nullable: true,
    description:
      'A note to the coach (kept in the history, which only coaches read; erased with the candidate).',
  })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
