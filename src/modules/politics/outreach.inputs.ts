import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, IsCbsCode } from '../../kit';
import { OutreachChannel, ResponseSentiment } from './outreach.entity';

@InputType({ description: 'The association contacting a party about its agenda for an election.' })
export class RecordOutreachInput {
  @Field(() => ID, { description: 'The party contacted.' })
  partyId!: string;

  @Field(() => ID, { description: 'The election the agenda is for.' })
  electionId!: string;

  @Field(() => DateScalar, { description: 'Day of the contact (`YYYY-MM-DD`), not in the future.' })
  contactedOn!: string;

  @Field(() => OutreachChannel, { description: 'How.' })
  channel!: OutreachChannel;

  @Field(() => ID, { description: 'The board member who made the contact (a person).' })
  boardMemberId!: string;

  @Field(() => String, { defaultValue: '', description: 'The board’s notes, up to 10,000 characters.' })
  @MaxLength(10_000)
  notes!: string;
}

@InputType({ description: 'A party’s response to an outreach (one per outreach).' })
export class RecordPartyResponseInput {
  @Field(() => ID, { description: 'The outreach responded to.' })
  outreachId!: string;

  @Field(() => ResponseSentiment, { description: 'How the party responded.' })
  sentiment!: ResponseSentiment;

  @Field(() => String, {
    defaultValue: '',
    description: 'What the party said, in short (up to 5,000 characters).',
  })
  @MaxLength(5000)
  summary!: string;

  @Field(() => DateScalar, {
    description: 'Day of the response, on or after the contact, not in the future.',
  })
  respondedOn!: string;
}

@InputType({ description: 'Narrows `politicalOutreach`; all given conditions must hold.' })
export class PoliticalOutreachFilter {
  @Field(() => String, { nullable: true, description: 'CBS code of the parties’ municipality.' })
  @IsOptional()
  @IsCbsCode()
  municipality?: string;

  @Field(() => ID, { nullable: true, description: 'Only outreach for this election.' })
  @IsOptional()
  @Length(1, 200)
  election?: string;
}
