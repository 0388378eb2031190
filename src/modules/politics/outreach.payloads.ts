import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { Outreach, PartyResponse } from './outreach.entity';

@ObjectType({ description: 'The result of `recordOutreach`.' })
export class RecordOutreachPayload {
  @Field(() => Outreach, { nullable: true, description: 'The outreach recorded; null on user errors.' })
  outreach!: Outreach | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `recordPartyResponse`.' })
export class RecordPartyResponsePayload {
  @Field(() => PartyResponse, { nullable: true, description: 'The response recorded; null on user errors.' })
  partyResponse!: PartyResponse | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}
