import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
import { checkFiguresYear, listComplexity, Role } from '../../kit';
import { BoardPlan } from './board-plan.entity';
import { CreateBoardPlanInput, UpdateBoardPlanInput } from './board-plan.inputs';
import { CreateBoardPlanPayload, UpdateBoardPlanPayload } from './board-plan.payloads';
import { createBoardPlan, plansOf, updateBoardPlan } from './board-plan.service';

@Resolver(() => BoardPlan)
export class BoardPlanResolver {
  @Query(() => [BoardPlan], {
    complexity: listComplexity(10),
    description:
      'The board’s agenda for a year, in its order, with whether each point was carried out (public).',
  })
  boardPlans(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The year the agenda is for, 2000 to 2100.' }) year: number,
  ) {
    checkFiguresYear(year);
    return plansOf(ctx, year);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateBoardPlanPayload, {
    description: 'Adds a point to the board’s agenda of a year (admins).',
  })
  createBoardPlan(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateBoardPlanInput, { description: 'The new point.' }) input: CreateBoardPlanInput,
  ) {
    return createBoardPlan(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateBoardPlanPayload, {
    description: 'Changes a point of the board’s agenda, or records whether it was carried out (admins).',
  })
  updateBoardPlan(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateBoardPlanInput, { description: 'The point and the fields to change.' })
    input: UpdateBoardPlanInput,
  ) {
    return updateBoardPlan(ctx, input);
  }
}
