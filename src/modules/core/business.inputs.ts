import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from './relay';
import { DateScalar } from './scalars';
import { IsCbsCode, IsKvkNumber, IsPostcode, IsSbiCode, IsWebsite, NotNull } from './validators';

@InputType({ description: 'Narrows `businesses`; all given conditions must hold.' })
export class BusinessFilter {
  @Field(() => String, { nullable: true, description: 'CBS code of the municipality, e.g. `GM0355`.' })
  @IsOptional()
  @IsCbsCode()
  municipality?: string;

  @Field(() => ID, { nullable: true, description: 'Current members of this association.' })
  @IsOptional()
  association?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name, or an exact KvK number.' })
  @IsOptional()
  @Length(2, 100)
  search?: string;
}

export enum BusinessOrderField {
  NAME = 'NAME',
  KVK_NUMBER = 'KVK_NUMBER',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(BusinessOrderField, { name: 'BusinessOrderField' });

@InputType()
export class BusinessOrder {
  @Field(() => BusinessOrderField)
  field!: BusinessOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType()
export class CreateBusinessInput {
  @Field(() => String)
  @IsKvkNumber()
  kvkNumber!: string;

  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => String)
  @Length(1, 200)
  street!: string;

  @Field(() => String)
  @Length(1, 20)
  houseNumber!: string;

  @Field(() => String)
  @IsPostcode()
  postcode!: string;

  @Field(() => String)
  @Length(1, 100)
  city!: string;

  @Field(() => String, { description: 'CBS code of the municipality the business is in.' })
  @IsCbsCode()
  municipality!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsSbiCode()
  sbiCodes!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebsite()
  website?: string | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateBusinessInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Admins only.' })
  @NotNull()
  @IsKvkNumber()
  kvkNumber?: string;

  @Field(() => String, { nullable: true })
  @NotNull()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @NotNull()
  @Length(1, 200)
  street?: string;

  @Field(() => String, { nullable: true })
  @NotNull()
  @Length(1, 20)
  houseNumber?: string;

  @Field(() => String, { nullable: true })
  @NotNull()
  @IsPostcode()
  postcode?: string;

  @Field(() => String, { nullable: true })
  @NotNull()
  @Length(1, 100)
  city?: string;

  @Field(() => String, { nullable: true })
  @NotNull()
  @IsCbsCode()
  municipality?: string;

  @Field(() => [String], { nullable: true })
  @NotNull()
  @ArrayMaxSize(20)
  @IsSbiCode()
  sbiCodes?: string[];

  @Field(() => String, { nullable: true, description: 'null removes the website.' })
  @IsOptional()
  @IsWebsite()
  website?: string | null;
}

@InputType()
export class DeleteBusinessInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class AddBusinessMembershipInput {
  @Field(() => ID)
  businessId!: string;

  @Field(() => ID)
  associationId!: string;

  @Field(() => DateScalar, { description: 'First day of membership.' })
  since!: string;
}

@InputType()
export class EndBusinessMembershipInput {
  @Field(() => ID)
  businessId!: string;

  @Field(() => ID)
  associationId!: string;

  @Field(() => DateScalar, { description: 'Last day of membership.' })
  until!: string;
}
