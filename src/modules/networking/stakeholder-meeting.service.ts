import type { Connection, ConnectionArgs, Context, UserError } from '../../kit';
import {
  findForUpdate,
  fromGlobalId,
  paginate,
  SortDirection,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { inputMunicipality } from '../core';
import { FollowUpAction, StakeholderMeeting, StakeholderParticipant } from './stakeholder-meeting.entity';
import type {
  CreateStakeholderMeetingInput,
  FollowUpActionInput,
  StakeholderParticipantInput,
  UpdateFollowUpActionInput,
  UpdateStakeholderMeetingInput,
} from './stakeholder-meeting.inputs';

// Every function here is for admins only; the resolver enforces it.

export function listStakeholderMeetings(
  ctx: Context,
  args: ConnectionArgs,
): Promise<Connection<StakeholderMeeting>> {
  return paginate(ctx.em.createQueryBuilder(StakeholderMeeting, 'meeting'), args, {
    column: 'meeting.date',
    type: 'date',
    direction: SortDirection.DESC,
    value: (m) => m.date,
  });
}

async function resolveParticipants(
  ctx: Context,
  participants: StakeholderParticipantInput[],
  errors: UserError[],
): Promise<Partial<StakeholderParticipant>[]> {
  const rows: Partial<StakeholderParticipant>[] = [];
  for (const [index, p] of participants.entries()) {
    const field = ['input', 'participants', String(index)];
    let organisationId: string | null = null;
    if (p.organisation) {
      organisationId = fromGlobalId(p.organisation, 'Organisation').id;
      if (!(await ctx.loaders.core.organisationById.load(organisationId))) {
        errors.push(userError(UserErrorCode.NOT_FOUND, 'No such organisation', [...field, 'organisation']));
      }
    }
    let municipalityId: string | null = null;
    if (p.municipality) {
      municipalityId =
        (await inputMunicipality(ctx, p.municipality, errors, [...field, 'municipality']))?.id ?? null;
    }
    if (!p.organisation && !p.name && !p.municipality) {
      errors.push(userError(UserErrorCode.INVALID, 'Give an organisation, a name or a municipality', field));
    }
    rows.push({
      organisationId,
      municipalityId,
      name: p.name?.trim() ?? null,
      role: p.role?.trim() ?? null,
      portfolio: p.portfolio?.trim() ?? null,
      position: index,
    });
  }
  return rows;
}

const actionRows = (actions: FollowUpActionInput[]) =>
  actions.map((a, position) => ({
    description: a.description.trim(),
    owner: a.owner.trim(),
    dueDate: a.dueDate ?? null,
    status: a.status,
    position,
  }));

export function createStakeholderMeeting(ctx: Context, input: CreateStakeholderMeetingInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const participants = await resolveParticipants(tx, input.participants, errors);
    if (errors.length > 0) return { meeting: null, userErrors: errors };
    const meeting = await tx.em.save(
      tx.em.create(StakeholderMeeting, {
        date: input.date,
        title: input.title.trim(),
        topics: input.topics,
        outcomes: input.outcomes,
      }),
    );
    await tx.em.save(
      participants.map((p) => tx.em.create(StakeholderParticipant, { ...p, meetingId: meeting.id })),
    );
    await tx.em.save(
      actionRows(input.actions).map((a) => tx.em.create(FollowUpAction, { ...a, meetingId: meeting.id })),
    );
    return { meeting, userErrors: [] as UserError[] };
  });
}

export function updateStakeholderMeeting(ctx: Context, input: UpdateStakeholderMeetingInput) {
  return withTransaction(ctx, async (tx) => {
    const meeting = await findForUpdate(tx, StakeholderMeeting, input.id);
    if (!meeting) {
      return {
        meeting: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such meeting', ['input', 'id'])],
      };
    }
    const errors: UserError[] = [];
    const participants = input.participants
      ? await resolveParticipants(tx, input.participants, errors)
      : null;
    if (errors.length > 0) return { meeting: null, userErrors: errors };
    if (input.date) meeting.date = input.date;
    if (input.title) meeting.title = input.title.trim();
    if (input.topics) meeting.topics = input.topics;
    if (input.outcomes) meeting.outcomes = input.outcomes;
    await tx.em.save(meeting);
    if (participants) {
      await tx.em.delete(StakeholderParticipant, { meetingId: meeting.id });
      await tx.em.save(
        participants.map((p) => tx.em.create(StakeholderParticipant, { ...p, meetingId: meeting.id })),
      );
    }
    if (input.actions) {
      await tx.em.delete(FollowUpAction, { meetingId: meeting.id });
      await tx.em.save(
        actionRows(input.actions).map((a) => tx.em.create(FollowUpAction, { ...a, meetingId: meeting.id })),
      );
    }
    return {
      meeting: await tx.em.findOneByOrFail(StakeholderMeeting, { id: meeting.id }),
      userErrors: [] as UserError[],
    };
  });
}

export function updateFollowUpAction(ctx: Context, input: UpdateFollowUpActionInput) {
  return withTransaction(ctx, async (tx) => {
    const action = await findForUpdate(tx, FollowUpAction, input.id);
    if (!action) {
      return {
        action: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such action', ['input', 'id'])],
      };
    }
    if (input.status) action.status = input.status;
    if (input.owner) action.owner = input.owner.trim();
    if (input.dueDate !== undefined) action.dueDate = input.dueDate;
    return { action: await tx.em.save(action), userErrors: [] as UserError[] };
  });
}
