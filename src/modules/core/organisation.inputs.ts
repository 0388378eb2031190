import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OrganisationKind } from './organisation.entity';
import { IsCbsCode, IsWebsite, NotNull } from '../../kit';

@InputType({ description: 'A new partner or stakeholder.' })
export class CreateOrganisationInput {
  @Field(() => String, { description: 'Name, 1 to 200 characters; unique.' })
  @Length(1, 200)
  name!: string;

  @Field(() => OrganisationKind, { description: 'What kind of organisation it is.' })
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Website URL (http or https).' })
  @IsOptional()
  @IsWebsite()
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality it is based in.' })
  @IsOptional()
  @IsCbsCode()
  municipality?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field.' })
export class UpdateOrganisationInput {
  @Field(() => ID, { description: 'Id of the organisation to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name, 1 to 200 characters; unique.' })
  @NotNull()
  @Length(1, 200)
  name?: string;

  @Field(() => OrganisationKind, { nullable: true, description: 'New kind.' })
  @NotNull()
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Website URL (http or https); null removes it.' })
  @IsOptional()
  @IsWebsite()
  website?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CBS code of the municipality it is based in; null removes it.',
  })
  @IsOptional()
  @IsCbsCode()
  municipality?: string | null;
}
