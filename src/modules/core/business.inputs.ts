import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BusinessOrderField } from './business.enum';
import {
  DateScalar,
  IsCbsCode,
  IsKvkNumber,
  IsPostcode,
  IsSbiCode,
  IsWebsite,
  NotNull,
  SortDirection,
} from '../../kit';

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

@InputType({ description: 'Sort order of `businesses`; the id breaks ties.' })
export class BusinessOrder {
  @Field(() => BusinessOrderField, { description: 'What to sort by.' })
  field!: BusinessOrderField;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'Ascending (default) or descending.',
  })
  direction!: SortDirection;
}

/**
 * What identifies a business and where it is: shared by a new business and a firm's application. No field takes
 * it, so it is not in the schema; each subclass's input type includes these fields.
 */
@InputType({ description: 'The KvK number, name and address of a business.' })
export abstract class BusinessIdentityInput {
  @Field(() => String, { description: 'KvK number, 8 digits.' })
  @IsKvkNumber()
  kvkNumber!: string;

  @Field(() => String, { description: 'Trade name, 1 to 200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { description: 'Street, 1 to 200 characters.' })
  @Length(1, 200)
  street!: string;

  @Field(() => String, { description: 'House number with any addition, e.g. `12a`.' })
  @Length(1, 20)
  houseNumber!: string;

  @Field(() => String, { description: 'Dutch postcode, `1234 AB` (`1234AB` is accepted).' })
  @IsPostcode()
  postcode!: string;

  @Field(() => String, { description: 'Place, 1 to 100 characters.' })
  @Length(1, 100)
  city!: string;

  @Field(() => String, { description: 'CBS code of the municipality the business is in.' })
  @IsCbsCode()
  municipality!: string;
}

@InputType({ description: 'A new business.' })
export class CreateBusinessInput extends BusinessIdentityInput {
  @Field(() => [String], { defaultValue: [], description: 'SBI activity codes, at most 20.' })
  @ArrayMaxSize(20)
  @IsSbiCode()
  sbiCodes!: string[];

  @Field(() => String, { nullable: true, description: 'Website URL (http or https).' })
  @IsOptional()
  @IsWebsite()
  website?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day of registration with the KvK (`YYYY-MM-DD`); left out: today (Amsterdam).',
  })
  registeredOn?: string | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateBusinessInput {
  @Field(() => ID, { description: 'Id of the business to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Admins only.' })
  @NotNull()
  @IsKvkNumber()
  kvkNumber?: string;

  @Field(() => String, { nullable: true, description: 'New trade name, 1 to 200 characters.' })
  @NotNull()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'New street.' })
  @NotNull()
  @Length(1, 200)
  street?: string;

  @Field(() => String, { nullable: true, description: 'New house number with any addition.' })
  @NotNull()
  @Length(1, 20)
  houseNumber?: string;

  @Field(() => String, { nullable: true, description: 'New postcode, `1234 AB`.' })
  @NotNull()
  @IsPostcode()
  postcode?: string;

  @Field(() => String, { nullable: true, description: 'New place.' })
  @NotNull()
  @Length(1, 100)
  city?: string;

  @Field(() => String, { nullable: true, description: 'CBS code of the new municipality.' })
  @NotNull()
  @IsCbsCode()
  municipality?: string;

  @Field(() => [String], { nullable: true, description: 'New SBI codes, at most 20; replaces the list.' })
  @NotNull()
  @ArrayMaxSize(20)
  @IsSbiCode()
  sbiCodes?: string[];

  @Field(() => String, { nullable: true, description: 'null removes the website.' })
  @IsOptional()
  @IsWebsite()
  website?: string | null;
}

@InputType({ description: 'The business to delete.' })
export class DeleteBusinessInput {
  @Field(() => ID, { description: 'Id of the business.' })
  id!: string;
}

@InputType({ description: 'A business joining an association.' })
export class AddBusinessMembershipInput {
  @Field(() => ID, { description: 'Id of the business.' })
  businessId!: string;

  @Field(() => ID, { description: 'Id of the association.' })
  associationId!: string;

  @Field(() => DateScalar, { description: 'First day of membership.' })
  since!: string;
}

@InputType({ description: 'A business leaving an association.' })
export class EndBusinessMembershipInput {
  @Field(() => ID, { description: 'Id of the business.' })
  businessId!: string;

  @Field(() => ID, { description: 'Id of the association.' })
  associationId!: string;

  @Field(() => DateScalar, { description: 'Last day of membership.' })
  until!: string;
}
