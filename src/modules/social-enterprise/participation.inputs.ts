import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar, IsCbsCode } from '../../kit';
import { ParticipationStatus } from './participation.enum';

@InputType({ description: 'Records where a municipality stands on the model (admins).' })
export class SetSocialEnterpriseParticipationInput {
  @Field(() => String, { description: 'CBS code of the municipality.' })
  @IsCbsCode()
  municipality!: string;

  @Field(() => ParticipationStatus, { description: 'In talks, adopted or declined.' })
  status!: ParticipationStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Since when; today when left out.' })
  @IsOptional()
  since?: string | null;
}
