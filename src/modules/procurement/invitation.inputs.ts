import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Why a suggested supplier was not invited.' })
export class PassedOverNote {
  @Field(() => ID, { description: 'The suggested supplier (a SupplierProfile id).' })
  supplierId!: string;

  @Field(() => String, { description: 'The buyer’s reason, kept in the invitation log.' })
  @Length(3, 1000)
  note!: string;
}

@InputType({ description: 'Suppliers to invite for a request (DRAFT or INVITING).' })
export class InviteSuppliersInput {
  @Field(() => ID, { description: 'The request.' })
  requestId!: string;

  @Field(() => [ID], { description: 'SupplierProfile ids to invite, in any order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  supplierIds!: string[];

  @Field(() => String, { nullable: true, description: 'The buyer’s note on this round of invitations.' })
  @IsOptional()
  @Length(3, 1000)
  note?: string | null;

  @Field(() => [PassedOverNote], {
    nullable: true,
    description: 'Reasons for suggested suppliers that are not invited (others are logged without a note).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  passedOverNotes?: PassedOverNote[] | null;
}
