import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, IsCbsCode, IsWebsite } from '../../kit';

@InputType({ description: 'A municipality’s coalition agreement: its period, parties and covered points.' })
export class RecordCoalitionAgreementInput {
  @Field(() => String, { description: 'CBS code of the municipality.' })
  @IsCbsCode()
  municipality!: string;

  @Field(() => String, { description: 'Title, 1 to 300 characters.' })
  @Length(1, 300)
  title!: string;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  since!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the period; null while it lasts.' })
  @IsOptional()
  until?: string | null;

  @Field(() => DateScalar, { description: 'Day it was signed or presented.' })
  signedOn!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) link to the text.' })
  @IsOptional()
  @IsWebsite()
  url?: string | null;

  @Field(() => [ID], { description: 'The coalition’s parties, of this municipality (1 to 10).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  partyIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'The agenda points the agreement covers.' })
  @ArrayMaxSize(100)
  agendaPointIds!: string[];
}
