import type { Context } from '../../kit';
import { findForUpdate, userError, UserErrorCode, withTransaction } from '../../kit';
import { AgendaPoint } from './agenda-point.entity';
import type { CreateAgendaPointInput } from './agenda-point.inputs';
import { Election } from './election.entity';

/** A new agenda point; the election's row is locked, so two points added at once get distinct places. */
export function createAgendaPoint(ctx: Context, input: CreateAgendaPointInput) {
  return withTransaction(ctx, async (tx) => {
    const election = await findForUpdate(tx, Election, input.electionId);
    if (!election) {
      return {
        agendaPoint: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such election', ['input', 'electionId'])],
      };
    }
    const points = await tx.em.findBy(AgendaPoint, { electionId: election.id });
    const position = input.position ?? Math.max(0, ...points.map((point) => point.position)) + 1;
    if (points.some((point) => point.position === position)) {
      return {
        agendaPoint: null,
        userErrors: [userError(UserErrorCode.TAKEN, `Place ${position} is taken`, ['input', 'position'])],
      };
    }
    const { identifiers } = await tx.em.insert(AgendaPoint, {
      electionId: election.id,
      title: input.title.trim(),
      description: input.description.trim(),
      theme: input.theme.trim(),
      position,
    });
    return {
      agendaPoint: await tx.em.findOneByOrFail(AgendaPoint, { id: identifiers[0].id as string }),
      userErrors: [],
    };
  });
}
