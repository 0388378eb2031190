import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Where mails for a signed-in person go.' })
export class SetNotificationAddressInput {
  @Field(() => String, {
    nullable: true,
    description: 'The mail address; null removes it (then no mails are sent to this person, only logged).',
  })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Admins only: the token subject whose address this is (e.g. a municipality’s procurement desk for its ' +
      'buyers). Left out: the caller’s own.',
  })
  @IsOptional()
  @Length(1, 200)
  subject?: string | null;
}
