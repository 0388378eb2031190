import { ArrayMinSize, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ApiScope } from '../../kit';

@InputType({ description: 'A new API key for an organisation.' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'Id of the organisation the key acts for.' })
  organisationId!: string;

  @Field(() => String, { description: 'What the key is for.' })
  @Length(1, 100)
  name!: string;

  @Field(() => [ApiScope], { description: 'What the key may read; at least one.' })
  @ArrayMinSize(1, { message: 'a key needs at least one scope' })
  scopes!: ApiScope[];
}

@InputType({ description: 'The API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'Id of the API key.' })
  id!: string;
}

@InputType({ description: 'Which key gets a new calendar feed token.' })
export class RotateApiKeyFeedTokenInput {
  @Field(() => ID, { description: 'The id of the API key.' })
  id!: string;
}
