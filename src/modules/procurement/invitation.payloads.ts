import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../kit';
import { CategoryFit } from './invitation.enum';
import { Invitation } from './invitation.entity';
import { ProcurementRequest } from './procurement-request.entity';
import { SupplierProfile } from './supplier-profile.entity';

/** The result of `suggestSuppliers`, one per supplier on the shortlist. */
@ObjectType({ description: 'A supplier on the suggested shortlist of a request, with the reasons.' })
export class SupplierSuggestion {
  @Field(() => SupplierProfile, { description: 'The supplier.' })
  supplier!: SupplierProfile;

  @Field(() => Int, { description: 'Place on the shortlist, 1 first.' })
  rank!: number;

  @Field(() => CategoryFit, { description: 'How its categories fit the request.' })
  fit!: CategoryFit;

  @Field(() => Boolean, { description: 'Established in the buying municipality.' })
  local!: boolean;

  @Field(() => Boolean, { description: 'Established in one of the five Regio Q4 municipalities.' })
  regional!: boolean;

  @Field(() => [String], { description: 'Why it is suggested: category fit, locality, last invitation.' })
  reasons!: string[];
}

@ObjectType({ description: 'The result of `inviteSuppliers`.' })
export class InviteSuppliersPayload {
  @Field(() => ProcurementRequest, {
    nullable: true,
    description: 'The request, now INVITING; null on errors.',
  })
  procurementRequest!: ProcurementRequest | null;

  @Field(() => [Invitation], { description: 'Every invited supplier of the request so far.' })
  invitations!: Invitation[];

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
