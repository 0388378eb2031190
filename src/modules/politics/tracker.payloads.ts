import { Field, Int, ObjectType } from 'type-graphql';
import { CommitmentStage } from './commitment.entity';

@ObjectType({ description: 'A count at one stage.' })
export class StageCount {
  @Field(() => CommitmentStage, { description: 'The stage.' })
  stage!: CommitmentStage;

  @Field(() => Int, { description: 'How many: parties, party–point pairs or steps, as the field says.' })
  count!: number;
}

@ObjectType({ description: 'A party’s stage on an agenda point.' })
export class TrackerPartyStage {
  partyId!: string;

  @Field(() => CommitmentStage, {
    nullable: true,
    description: 'Its stage; null when the party made no commitment.',
  })
  stage!: CommitmentStage | null;
}

@ObjectType({ description: 'One agenda point in the tracker: each party’s stage and the coalition’s cover.' })
export class TrackerPoint {
  agendaPointId!: string;

  @Field(() => Boolean, {
    description:
      'The coalition agreement of the election’s period covers the point: it lists the point, or one of its ' +
      'parties has its commitment to the point IN_COALITION_AGREEMENT (or IMPLEMENTED since).',
  })
  coveredByCoalitionAgreement!: boolean;

  @Field(() => [TrackerPartyStage], { description: 'Each party on the ballot, by name.' })
  parties!: TrackerPartyStage[];

  @Field(() => [StageCount], { description: 'Parties per stage (every stage, zeros included).' })
  counts!: StageCount[];

  @Field(() => Int, { description: 'Parties that made no commitment on the point.' })
  withoutCommitment!: number;
}

/**
 * Which promises made it where, in one municipality for one election. Built from the ids alone; its fields
 * load through the request's loaders, so the trackers of many municipalities share their statements.
 */
@ObjectType({ description: 'Which of the association’s points each party took how far (public).' })
export class PoliticalTracker {
  municipalityId!: string;
  electionId!: string;
}
