import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OrganisationKind } from './organisation.entity';
import { IsCbsCode, IsWebsite, NotNull } from './validators';

@InputType()
export class CreateOrganisationInput {
  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true })
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
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @NotNull()
  @Length(1, 200)
  name?: string;

  @Field(() => OrganisationKind, { nullable: true })
  @NotNull()
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebsite()
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCbsCode()
  municipality?: string | null;
}
