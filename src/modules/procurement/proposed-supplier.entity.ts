import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { ProcurementRequest } from './procurement-request.entity';
import type { SupplierProfile } from './supplier-profile.entity';

/**
 * A supplier its buyer put on a request's suggested shortlist, with the reason (a local firm that answered
 * the municipal project the request came from). `suggest` lists these first; inviting or passing them over
 * is logged as for any suggested supplier.
 */
@Entity()
@Unique(['requestId', 'profileId'])
export class ProposedSupplier {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne('ProcurementRequest', { onDelete: 'CASCADE' })
  @JoinColumn()
  request?: ProcurementRequest;

  @Index()
  @Column({ type: 'uuid' })
  profileId!: string;

  @ManyToOne('SupplierProfile', { onDelete: 'CASCADE' })
  @JoinColumn()
  profile?: SupplierProfile;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
