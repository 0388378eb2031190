import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, IsCbsCode } from '../../kit';
import { ElectionKind } from './election.entity';

@InputType({ description: 'A new election: a day, a kind, one municipality or all.' })
export class RecordElectionInput {
  @Field(() => DateScalar, { description: 'Election day, e.g. `2030-03-20`.' })
  date!: string;

  @Field(() => ElectionKind, { description: 'Which body is elected.' })
  kind!: ElectionKind;

  @Field(() => String, {
    nullable: true,
    description: 'CBS code of the municipality (a by-election, a merger); null when held in all of them.',
  })
  @IsOptional()
  @IsCbsCode()
  municipality?: string | null;
}

@InputType({ description: 'The seats a party won in an election; given again, it replaces them.' })
export class RecordElectionResultInput {
  @Field(() => ID, { description: 'The election.' })
  electionId!: string;

  @Field(() => ID, { description: 'The party, of the election’s municipality.' })
  partyId!: string;

  @Field(() => Int, { description: 'Seats won, 0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  seats!: number;
}
