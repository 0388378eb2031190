import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { Party } from './party.entity';

@ObjectType()
abstract class PartyResult {
  @Field(() => Party, { nullable: true, description: 'The party as it is now; null on user errors.' })
  party!: Party | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `recordParty`.' })
export class RecordPartyPayload extends PartyResult {}

@ObjectType({ description: 'The result of `updateParty`.' })
export class UpdatePartyPayload extends PartyResult {}
