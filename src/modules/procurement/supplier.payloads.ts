import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../kit';
import { SupplierProfile } from './supplier-profile.entity';

@ObjectType({ description: 'The result of `saveSupplierProfile`.' })
export class SaveSupplierProfilePayload {
  @Field(() => SupplierProfile, {
    nullable: true,
    description: 'The profile as saved; null when userErrors is not empty.',
  })
  supplierProfile!: SupplierProfile | null;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors!: UserError[];
}
