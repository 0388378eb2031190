import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, IsCbsCode } from '../../kit';
import { NotBlank } from './party.inputs';

@InputType({
  description:
    'A new term as alderman: the person (an existing one by id, or a new one by name), where, for which party.',
})
export class RecordAldermanTermInput {
  @Field(() => ID, { nullable: true, description: 'An existing person (`Person`); or give `personName`.' })
  @IsOptional()
  personId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The name of a person not yet known, 1 to 200 characters; or give `personId`.',
  })
  @IsOptional()
  @Length(1, 200)
  @NotBlank()
  personName?: string | null;

  @Field(() => String, { description: 'CBS code of the municipality.' })
  @IsCbsCode()
  municipality!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The party, of this municipality; null for a non-party alderman.',
  })
  @IsOptional()
  partyId?: string | null;

  @Field(() => String, { description: 'Portfolio, 1 to 300 characters, e.g. `Economische Zaken, Inkoop`.' })
  @Length(1, 300)
  @NotBlank()
  portfolio!: string;

  @Field(() => DateScalar, { description: 'First day of the term.' })
  since!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day of the term, on or after `since`; null while in office.',
  })
  @IsOptional()
  until?: string | null;
}

@InputType({ description: 'The end of a term in office.' })
export class EndAldermanTermInput {
  @Field(() => ID, { description: 'The term (`AldermanTerm`), still in office.' })
  id!: string;

  @Field(() => DateScalar, { description: 'Last day of the term, on or after its first day.' })
  until!: string;
}
