import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../kit';
import { ProcurementRequest } from './procurement-request.entity';

@ObjectType()
abstract class ProcurementRequestResult {
  @Field(() => ProcurementRequest, {
    nullable: true,
    description: 'The request as it is now; null when userErrors is not empty.',
  })
  procurementRequest!: ProcurementRequest | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `createProcurementRequest`.' })
export class CreateProcurementRequestPayload extends ProcurementRequestResult {}

@ObjectType({ description: 'The result of `closeProcurementRequest`.' })
export class CloseProcurementRequestPayload extends ProcurementRequestResult {}

@ObjectType({ description: 'The result of `cancelProcurementRequest`.' })
export class CancelProcurementRequestPayload extends ProcurementRequestResult {}

@ObjectType({ description: 'The result of `updateProcurementRequest`.' })
export class UpdateProcurementRequestPayload extends ProcurementRequestResult {}

@ObjectType({ description: 'The result of `openProcurementQuotes`.' })
export class OpenProcurementQuotesPayload extends ProcurementRequestResult {}

@ObjectType({ description: 'The result of `confirmProcurementQuoteOpening`.' })
export class ConfirmProcurementQuoteOpeningPayload extends ProcurementRequestResult {}

export enum ProcurementStep {
  CREATED = 'CREATED',
  INVITED = 'INVITED',
  CLOSED = 'CLOSED',
  QUOTES_OPENED = 'QUOTES_OPENED',
  OPENING_CONFIRMED = 'OPENING_CONFIRMED',
  AWARDED = 'AWARDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ProcurementStep, {
  name: 'ProcurementStep',
  description: 'A step of the procurement procedure, as the request’s log shows it.',
  valuesConfig: {
    CREATED: { description: 'The request was made (DRAFT).' },
    INVITED: { description: 'The first suppliers were invited (INVITING).' },
    CLOSED: { description: 'Quoting was closed (EVALUATING); before the deadline with a reason.' },
    QUOTES_OPENED: { description: 'A civil servant opened the sealed quotes after the deadline.' },
    OPENING_CONFIRMED: { description: 'A second civil servant confirmed the opening (four eyes).' },
    AWARDED: { description: 'The request was awarded; to another quote than the lowest with a rationale.' },
    CANCELLED: { description: 'The request was cancelled, with a reason.' },
  },
});

@ObjectType({ description: 'One step in a request’s log.' })
export class ProcurementLogEntry {
  @Field(() => ProcurementStep, { description: 'The step.' })
  step!: ProcurementStep;

  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who (name from their token): for the buyers only (personal data); null for everyone else.',
  })
  byName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The reason of an exception: closing early, an award to another quote than the lowest, cancelling.',
  })
  reason!: string | null;
}
