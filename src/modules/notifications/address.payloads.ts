import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';

@ObjectType({ description: 'Result of `setNotificationAddress`.' })
export class SetNotificationAddressPayload {
  @Field(() => String, {
    nullable: true,
    description: 'The address now stored, as the caller gave it (in lower case); null when removed.',
  })
  address!: string | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}
