import { ArrayMaxSize, IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsCbsCode, IsCpvCode, NotNull, SortDirection } from '../../kit';
import { SupplierOrderField } from './supplier.enum';
import { SupplierCertification } from './supplier-profile.entity';

@InputType({
  description:
    'Creates or changes the supplier profile of a business. Omitted fields keep their value (or their ' +
    'default on creation); `null` clears a contact field and is refused for the others.',
})
export class SaveSupplierProfileInput {
  @Field(() => ID, { description: 'The business whose profile this is.' })
  businessId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the supplier offers, in Dutch (at most 2,000 characters).',
  })
  @NotNull()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'CPV codes of what the supplier offers (8 digits, check digit optional); at most 30.',
  })
  @NotNull()
  @ArrayMaxSize(30)
  @IsCpvCode({ each: true })
  cpvCodes?: string[] | null;

  @Field(() => [SupplierCertification], { nullable: true, description: 'Certifications the supplier holds.' })
  @NotNull()
  @ArrayMaxSize(20)
  certifications?: SupplierCertification[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the supplier is a social enterprise.' })
  @NotNull()
  socialEnterprise?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: 'CBS codes of the municipalities the supplier works in besides its own; at most 50.',
  })
  @NotNull()
  @ArrayMaxSize(50)
  @IsCbsCode({ each: true })
  municipalitiesServed?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'False takes the supplier out of search and shortlists.',
  })
  @NotNull()
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Contact person for buyers; null clears it.' })
  @IsOptional()
  @Length(1, 200)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address for buyers; null clears it.' })
  @IsOptional()
  @IsEmail({}, { message: '$property must be an e-mail address' })
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact telephone number for buyers; null clears it.',
  })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 ()-]{5,28}$/, { message: '$property must be a telephone number' })
  contactPhone?: string | null;
}

@InputType({
  description: 'Narrows `suppliers`; all given conditions must hold. Only active profiles are found.',
})
export class SupplierFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words: Dutch full text over the description (so “schilderwerk” finds “schilderwerken”) or part of ' +
      'the business name (“schilder” finds “Schildersbedrijf De Kwast”). Full-text hits rank first.',
  })
  @IsOptional()
  @Length(2, 100)
  search?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'CPV codes: suppliers in any of these categories or below them (the whole subtree).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsCpvCode({ each: true })
  cpv?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'CBS codes: suppliers established in, or serving, any of these municipalities.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsCbsCode({ each: true })
  municipalities?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only suppliers established in one of the five Regio Q4 municipalities.',
  })
  regionOnly?: boolean;

  @Field(() => [SupplierCertification], {
    nullable: true,
    description: 'Suppliers that hold every one of these certifications.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  certifications?: SupplierCertification[];

  @Field(() => Boolean, { nullable: true, description: 'True: social enterprises only; false: others only.' })
  socialEnterprise?: boolean;
}

@InputType({ description: 'The order of `suppliers`.' })
export class SupplierOrder {
  @Field(() => SupplierOrderField, { description: 'What to sort on.' })
  field!: SupplierOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction!: SortDirection;
}
