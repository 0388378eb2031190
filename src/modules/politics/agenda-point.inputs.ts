import { IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new point of the association’s agenda for an election.' })
export class CreateAgendaPointInput {
  @Field(() => ID, { description: 'The election it is written for.' })
  electionId!: string;

  @Field(() => String, { description: 'Title, 1 to 200 characters.' })
  @Length(1, 200)
  title!: string;

  @Field(() => String, {
    defaultValue: '',
    description: 'What the association asks, up to 10,000 characters.',
  })
  @MaxLength(10_000)
  description!: string;

  @Field(() => String, { description: 'Theme, 1 to 100 characters, e.g. `Inkoop`.' })
  @Length(1, 100)
  theme!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Place on the agenda (1 to 100); after the last when left out.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  position?: number | null;
}
