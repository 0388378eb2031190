import { Field, ObjectType } from 'type-graphql';
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
