import type { Connection, ConnectionArgs, Context, UserError } from '../../kit';
import {
  findForUpdate,
  fromGlobalId,
  paginate,
  SortDirection,
  userError,
  UserErrorCode,
  withTransaction,
  yearRange,
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
import type { RegionalContactsFigures, StakeholderContact } from './stakeholder-meeting.payloads';

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
        publicSummary: input.publicSummary?.trim() ?? null,
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
    if (input.publicSummary !== undefined) meeting.publicSummary = input.publicSummary?.trim() ?? null;
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

/**
 * The regional contacts of a year: the meetings and, per stakeholder (each organisation that took part, and
 * the aldermen together), how many, since when and the published summaries. Two statements: the meetings of
 * the year, and their organisations and aldermen. `details` only for admins (the caller decides).
 */
export async function regionalContacts(
  ctx: Context,
  year: number,
  withDetails: boolean,
): Promise<RegionalContactsFigures> {
  const meetings = await ctx.em
    .createQueryBuilder(StakeholderMeeting, 'meeting')
    .where(yearRange('meeting.date', ':year', 'date'), { year })
    .orderBy('meeting.date')
    .addOrderBy('meeting.createdAt')
    .getMany();
  const participants: {
    meeting_id: string;
    organisation_id: string | null;
    municipality_id: string | null;
  }[] =
    meetings.length === 0
      ? []
      : await ctx.em.query(
          `SELECT meeting_id, organisation_id, municipality_id FROM stakeholder_participant
            WHERE meeting_id = ANY($1) AND (organisation_id IS NOT NULL OR municipality_id IS NOT NULL)
            ORDER BY position`,
          [meetings.map((m) => m.id)],
        );
  const contacts = new Map<string, { contact: StakeholderContact; municipalityIds: Set<string> }>();
  for (const meeting of meetings) {
    const here = participants.filter((p) => p.meeting_id === meeting.id);
    const keys = new Set(here.map((p) => p.organisation_id ?? ALDERMEN));
    for (const key of keys) {
      let entry = contacts.get(key);
      if (!entry) {
        entry = {
          contact: {
            organisationId: key === ALDERMEN ? null : key,
            aldermenOf: [],
            meetings: 0,
            firstMetOn: meeting.date,
            summaries: [],
          },
          municipalityIds: new Set(),
        };
        contacts.set(key, entry);
      }
      entry.contact.meetings += 1;
      if (meeting.publicSummary) entry.contact.summaries.push(meeting.publicSummary);
      if (key === ALDERMEN) {
        for (const p of here) if (p.municipality_id) entry.municipalityIds.add(p.municipality_id);
      }
    }
  }
  const stakeholders: StakeholderContact[] = [];
  for (const { contact, municipalityIds } of contacts.values()) {
    const loaded = await Promise.all(
      [...municipalityIds].map((id) => ctx.loaders.core.municipalityById.load(id)),
    );
    contact.aldermenOf = loaded.filter((m) => m !== null).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    stakeholders.push(contact);
  }
  // Organisations by their first meeting; the aldermen, who are no organisation, last.
  stakeholders.sort(
    (a, b) =>
      Number(a.organisationId === null) - Number(b.organisationId === null) ||
      a.firstMetOn.localeCompare(b.firstMetOn),
  );
  return { meetings: meetings.length, stakeholders, details: withDetails ? meetings : null };
}

/** The key of the aldermen among a year's stakeholders (organisations are keyed by their id). */
const ALDERMEN = 'aldermen';
