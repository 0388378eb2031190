import { ArrayMaxSize, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({
  description: 'A recipient’s choice of optional notifications, with the signature from a mail’s link.',
})
export class UpdateNotificationPreferencesInput {
  @Field(() => String, { description: 'The address, as in the link (`adres`).' })
  @Length(3, 254)
  email!: string;

  @Field(() => String, { description: 'The signature, as in the link (`handtekening`).' })
  @MaxLength(100)
  signature!: string;

  @Field(() => [String], { description: 'The optional kinds to switch off (an empty list: receive all).' })
  @ArrayMaxSize(50)
  mutedKinds!: string[];
}
