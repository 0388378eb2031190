import { Ctx, Field, FieldResolver, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import type { Context } from './context';
import { translate } from './i18n';

/** Expected business outcomes of a mutation, reported in `userErrors` rather than thrown. */
export enum UserErrorCode {
  /** A value that must be unique is in use (a KvK number, a slug, a name). */
  TAKEN = 'TAKEN',
  /** A value is well-formed but not acceptable in this state (dates out of order, unknown municipality). */
  INVALID = 'INVALID',
  /** Something the input refers to does not exist. */
  NOT_FOUND = 'NOT_FOUND',
  /** The change is not possible in the current state (already revoked, already a member). */
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** The same person (e-mail address) is already registered for this event. */
  DUPLICATE_REGISTRATION = 'DUPLICATE_REGISTRATION',
  /** Registration has not opened yet or has closed. */
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  /** The event is cancelled. */
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  /** A capacity below the number of confirmed registrations. */
  CAPACITY_BELOW_CONFIRMED = 'CAPACITY_BELOW_CONFIRMED',
  /** The object's status does not allow this step (e.g. inviting suppliers for an awarded request). */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** The deadline for this (e.g. submitting a quote) has passed. */
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  /** The chosen procurement procedure is lighter than the thresholds require for the estimated value. */
  PROCEDURE_TOO_LIGHT = 'PROCEDURE_TOO_LIGHT',
  /** The placement already counts towards a social-return obligation (each placement is credited once). */
  ALREADY_CREDITED = 'ALREADY_CREDITED',
  /** A step that skips stages (a commitment from PROMISED to IN_COALITION_AGREEMENT) without evidence. */
  EVIDENCE_REQUIRED = 'EVIDENCE_REQUIRED',
  /** A commitment to IN_COALITION_AGREEMENT of a party outside the municipality's coalition agreement that day. */
  NOT_IN_COALITION = 'NOT_IN_COALITION',
  /** An exception to the procedure (closing early, not awarding the lowest quote) needs a reason. */
  REASON_REQUIRED = 'REASON_REQUIRED',
  /** The quotes are still sealed: the deadline has not passed, or the opening is not (yet) confirmed. */
  QUOTES_SEALED = 'QUOTES_SEALED',
  /** A four-eyes step needs a second person, other than the one who took the first step. */
  SECOND_OFFICIAL_REQUIRED = 'SECOND_OFFICIAL_REQUIRED',
  /** More months credited than the placement has actually been placed. */
  EXCEEDS_PLACED_MONTHS = 'EXCEEDS_PLACED_MONTHS',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation did not happen: an expected business outcome, reported in `userErrors`.',
  valuesConfig: {
    TAKEN: { description: 'A value that must be unique is in use (a KvK number, a slug, a name).' },
    INVALID: {
      description:
        'A value is well-formed but not acceptable in this state (dates out of order, unknown municipality).',
    },
    NOT_FOUND: { description: 'Something the input refers to does not exist (or is hidden from you).' },
    NOT_ALLOWED: {
      description: 'The change is not possible in the current state (already revoked, already a member).',
    },
    DUPLICATE_REGISTRATION: { description: 'The same e-mail address is already registered for this event.' },
    REGISTRATION_CLOSED: { description: 'Registration has not opened yet or has closed.' },
    EVENT_CANCELLED: { description: 'The event is cancelled.' },
    CAPACITY_BELOW_CONFIRMED: {
      description: 'The new capacity is below the number of confirmed registrations.',
    },
    INVALID_TRANSITION: {
      description: 'The object’s status does not allow this step (e.g. inviting for an awarded request).',
    },
    DEADLINE_PASSED: { description: 'The deadline for this (e.g. submitting a quote) has passed.' },
    PROCEDURE_TOO_LIGHT: {
      description: 'The procedure is lighter than the thresholds require for the estimated value.',
    },
    ALREADY_CREDITED: {
      description: 'The placement is already credited to a social-return obligation; each counts once.',
    },
    EVIDENCE_REQUIRED: {
      description:
        'The step skips stages (e.g. a commitment from PROMISED to IMPLEMENTED), or reaches ' +
        'IN_COALITION_AGREEMENT, without evidence: give a quote, a link or a document.',
    },
    NOT_IN_COALITION: {
      description:
        'The party is not in a coalition agreement of its municipality on that day, so its commitment cannot ' +
        'be IN_COALITION_AGREEMENT.',
    },
    REASON_REQUIRED: {
      description:
        'An exception to the procedure (closing early, not awarding the lowest quote) needs a reason.',
    },
    QUOTES_SEALED: {
      description:
        'The quotes are still sealed: the deadline has not passed, or the opening is not confirmed.',
    },
    SECOND_OFFICIAL_REQUIRED: {
      description:
        'A four-eyes step: a second civil servant, not the one who took the first step, must do it.',
    },
    EXCEEDS_PLACED_MONTHS: {
      description: 'More months credited than the placement has actually been placed up to today.',
    },
  },
});

/** The description of every payload's `userErrors` field. */
export const USER_ERRORS =
  'Why the mutation did not happen; empty on success. When not empty, nothing was changed.';

const MESSAGE = 'A sentence for people, in the caller’s language (`Accept-Language`; Dutch by default).';

@ObjectType({ description: 'Why a mutation did not happen; nothing was changed.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'What kind of outcome, for programs to act on.' })
  code!: UserErrorCode;

  @Field(() => String, { description: MESSAGE })
  message!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Path of the input field at fault, e.g. `["input", "kvkNumber"]`.',
  })
  field!: string[] | null;
}

export function userError(code: UserErrorCode, message: string, field: string[] | null = null): UserError {
  return { code, message, field };
}

/** Every user error's message is translated here, where it is sent: services write it in English. */
@Resolver(() => UserError)
export class UserErrorResolver {
  @FieldResolver(() => String, { description: MESSAGE })
  message(@Root() error: UserError, @Ctx() ctx: Context): string {
    return translate(ctx.locale, error.message);
  }
}
