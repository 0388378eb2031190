import { Field, Int, ObjectType } from 'type-graphql';
import { ResponseSentiment } from './outreach.entity';
import { StageCount } from './tracker.payloads';

@ObjectType({ description: 'Responses with one sentiment.' })
export class SentimentCount {
  @Field(() => ResponseSentiment, { description: 'The sentiment.' })
  sentiment!: ResponseSentiment;

  @Field(() => Int, { description: 'Responses with it.' })
  responses!: number;
}

@ObjectType({ description: 'The lobbying cycle in figures for a year (public, no personal data).' })
export class PoliticsStats {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality; null for all.' })
  municipality!: string | null;

  @Field(() => Int, { description: 'Contacts with parties in the year.' })
  outreach!: number;

  @Field(() => Int, { description: 'Distinct parties contacted in the year.' })
  partiesContacted!: number;

  @Field(() => [SentimentCount], {
    description: 'Responses given in the year per sentiment (every one, zeros included).',
  })
  responses!: SentimentCount[];

  @Field(() => Int, { description: 'Commitments made in the year (their first stage).' })
  commitmentsMade!: number;

  @Field(() => [StageCount], {
    description:
      'Steps taken in the year per stage reached, first stages included (every stage, zeros included).',
  })
  stagesReached!: StageCount[];

  @Field(() => Int, { description: 'Coalition agreements signed in the year.' })
  coalitionAgreementsSigned!: number;

  @Field(() => Int, { description: 'Distinct agenda points covered by the agreements signed in the year.' })
  agendaPointsCovered!: number;
}
