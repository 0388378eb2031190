import type { Context, UserError } from '../../kit';
import { findForUpdate, userError, UserErrorCode, withTransaction } from '../../kit';
import { BoardPlan } from './board-plan.entity';
import type { CreateBoardPlanInput, UpdateBoardPlanInput } from './board-plan.inputs';
import type { PlansFigures } from './board-plan.payloads';

/** The board's agenda for a year, in its order (one statement per year through the loader). */
export function plansOf(ctx: Context, year: number): Promise<BoardPlan[]> {
  return ctx.loaders.core.plansByYear.load(String(year));
}

/** A review's plans: the agenda set for the year after, and the year's own agenda with its outcome. */
export async function plansFigures(ctx: Context, year: number): Promise<PlansFigures> {
  const [agenda, carriedOut] = await Promise.all([plansOf(ctx, year + 1), plansOf(ctx, year)]);
  return { agenda, carriedOut };
}

export function createBoardPlan(ctx: Context, input: CreateBoardPlanInput) {
  return withTransaction(ctx, async (tx) => {
    // Serialises additions to one year, so two at once do not take the same position.
    await tx.em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`board_plan:${input.year}`]);
    const [{ next }]: { next: number }[] = await tx.em.query(
      'SELECT coalesce(max(position) + 1, 0) AS next FROM board_plan WHERE year = $1',
      [input.year],
    );
    const plan = await tx.em.save(
      tx.em.create(BoardPlan, {
        year: input.year,
        title: input.title.trim(),
        description: input.description?.trim() ?? null,
        position: next,
      }),
    );
    return { plan, userErrors: [] as UserError[] };
  });
}

export function updateBoardPlan(ctx: Context, input: UpdateBoardPlanInput) {
  return withTransaction(ctx, async (tx) => {
    const plan = await findForUpdate(tx, BoardPlan, input.id);
    if (!plan) {
      return {
        plan: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such plan', ['input', 'id'])],
      };
    }
    if (input.title) plan.title = input.title.trim();
    if (input.description !== undefined) plan.description = input.description?.trim() ?? null;
    if (input.status) plan.status = input.status;
    if (input.result !== undefined) plan.result = input.result?.trim() ?? null;
    return { plan: await tx.em.save(plan), userErrors: [] as UserError[] };
  });
}
