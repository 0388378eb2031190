import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { Node } from '../../kit';
import type { ProcurementRequest } from './procurement-request.entity';
import type { SupplierProfile } from './supplier-profile.entity';

export enum InvitationOutcome {
  INVITED = 'INVITED',
  PASSED_OVER = 'PASSED_OVER',
}
registerEnumType(InvitationOutcome, {
  name: 'InvitationOutcome',
  description: 'What the buyer decided about a supplier for a request.',
  valuesConfig: {
    INVITED: { description: 'Invited to quote.' },
    PASSED_OVER: { description: 'Suggested, but not invited; `note` says why when the buyer gave a reason.' },
  },
});

/**
 * One decision of a buyer about one supplier for one request: invited (it may quote) or suggested and
 * passed over. Together they are the invitation log that answers “why was I (not) invited”.
 */
@Entity()
@Unique(['requestId', 'profileId'])
@ObjectType({
  implements: Node,
  description: 'A buyer’s decision about a supplier for a request: invited, or suggested and passed over.',
})
export class Invitation extends Node {
  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne('ProcurementRequest', { onDelete: 'CASCADE' })
  @JoinColumn()
  request?: ProcurementRequest;

  @Index()
  @Column({ type: 'uuid' })
  profileId!: string;

  @ManyToOne('SupplierProfile', { onDelete: 'RESTRICT' })
  @JoinColumn()
  profile?: SupplierProfile;

  @Column({ type: 'enum', enum: InvitationOutcome, enumName: 'invitation_outcome' })
  @Field(() => InvitationOutcome, { description: 'Invited or passed over.' })
  outcome!: InvitationOutcome;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Place on the suggested shortlist; null if not suggested.',
  })
  suggestedRank!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], {
    description: 'Why the supplier was suggested (category fit, locality, rotation).',
  })
  reasons!: string[];

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The buyer’s own note on this decision.' })
  note!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the buyer decided.' })
  decidedAt!: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedBySubject!: string | null;

  /** A civil servant's name: personal data, exposed only to the buyers by `InvitationResolver.decidedByName`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedByName!: string | null;
}
