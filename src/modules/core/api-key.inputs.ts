import { ArrayMinSize, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ApiScope } from './auth';

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => String, { description: 'What the key is for.' })
  @Length(1, 100)
  name!: string;

  @Field(() => [ApiScope])
  @ArrayMinSize(1, { message: 'a key needs at least one scope' })
  scopes!: ApiScope[];
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  id!: string;
}

@InputType({ description: 'Which key gets a new calendar feed token.' })
export class RotateApiKeyFeedTokenInput {
  @Field(() => ID, { description: 'The id of the API key.' })
  id!: string;
}
