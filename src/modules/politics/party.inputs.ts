import { Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsCbsCode, NotNull } from '../../kit';
import { PartyScope } from './party.entity';

/** Text that is more than white space (it is stored trimmed). */
export const NotBlank = () => Matches(/\S/, { message: '$property must not be blank' });

@InputType({ description: 'A new party in one municipality.' })
export class RecordPartyInput {
  @Field(() => String, { description: 'CBS code of the municipality it stands in.' })
  @IsCbsCode()
  municipality!: string;

  @Field(() => String, { description: 'Name, 1 to 200 characters; unique in the municipality.' })
  @Length(1, 200)
  @NotBlank()
  name!: string;

  @Field(() => String, { description: 'Abbreviation on the ballot, 1 to 30 characters.' })
  @Length(1, 30)
  @NotBlank()
  abbreviation!: string;

  @Field(() => PartyScope, { description: 'Local, or the branch of a national party.' })
  scope!: PartyScope;
}

@InputType({ description: 'A party and the fields to change; fields left out stay as they are.' })
export class UpdatePartyInput {
  @Field(() => ID, { description: 'Id of the party.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name; unique in the municipality.' })
  @NotNull()
  @Length(1, 200)
  @NotBlank()
  name?: string;

  @Field(() => String, { nullable: true, description: 'New abbreviation.' })
  @NotNull()
  @Length(1, 30)
  @NotBlank()
  abbreviation?: string;

  @Field(() => PartyScope, { nullable: true, description: 'New scope.' })
  @NotNull()
  scope?: PartyScope;
}
