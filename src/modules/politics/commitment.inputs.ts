import { IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, IsWebsite } from '../../kit';
import { CommitmentStage } from './commitment.entity';

@InputType({ description: 'What shows a stage was reached: a quote, a link and/or a document.' })
export class EvidenceInput {
  @Field(() => String, { nullable: true, description: 'A quote, e.g. from the programme or agreement.' })
  @IsOptional()
  @Length(1, 5000)
  quote?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) link to the source.' })
  @IsOptional()
  @IsWebsite()
  url?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A document, e.g. `Verkiezingsprogramma 2018, p. 12`.',
  })
  @IsOptional()
  @Length(1, 300)
  document?: string | null;
}

@InputType({ description: 'A party’s new commitment to an agenda point.' })
export class RecordCommitmentInput {
  @Field(() => ID, { description: 'The party.' })
  partyId!: string;

  @Field(() => ID, { description: 'The agenda point.' })
  agendaPointId!: string;

  @Field(() => CommitmentStage, {
    defaultValue: CommitmentStage.PROMISED,
    description: 'The stage it starts at; beyond PROMISED only with evidence, never DROPPED.',
  })
  stage!: CommitmentStage;

  @Field(() => DateScalar, { description: 'Day the stage was reached (`YYYY-MM-DD`).' })
  on!: string;

  @Field(() => EvidenceInput, { nullable: true, description: 'What shows it.' })
  @IsOptional()
  @ValidateNested()
  evidence?: EvidenceInput | null;
}

@InputType({ description: 'A commitment’s next stage.' })
export class ChangeCommitmentStageInput {
  @Field(() => ID, { description: 'The commitment.' })
  id!: string;

  @Field(() => CommitmentStage, {
    description: 'The new stage: the next one, a later one with evidence, or DROPPED; never back.',
  })
  stage!: CommitmentStage;

  @Field(() => DateScalar, { description: 'Day the stage was reached (`YYYY-MM-DD`).' })
  on!: string;

  @Field(() => EvidenceInput, {
    nullable: true,
    description: 'What shows it; required when skipping stages.',
  })
  @IsOptional()
  @ValidateNested()
  evidence?: EvidenceInput | null;
}
