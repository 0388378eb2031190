import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { BoardPlan } from './board-plan.entity';

@ObjectType()
abstract class BoardPlanResult {
  @Field(() => BoardPlan, {
    nullable: true,
    description: 'The point as it is now; null when userErrors is not empty.',
  })
  plan!: BoardPlan | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `createBoardPlan`.' })
export class CreateBoardPlanPayload extends BoardPlanResult {}

@ObjectType({ description: 'Result of `updateBoardPlan`.' })
export class UpdateBoardPlanPayload extends BoardPlanResult {}

/**
 * The plans section of a year's review: the agenda the board set for the next year, and how the agenda it had
 * set for the year itself turned out.
 */
@ObjectType({
  description: 'The board’s agenda: for the year after, and how the year’s own agenda turned out.',
})
export class PlansFigures {
  @Field(() => [BoardPlan], { description: 'The agenda for the year after, in the board’s order.' })
  agenda!: BoardPlan[];

  @Field(() => [BoardPlan], {
    description: 'The agenda that was set for the year itself, with whether each point was carried out.',
  })
  carriedOut!: BoardPlan[];
}
