import { Field, ObjectType, registerEnumType } from 'type-graphql';

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
}
registerEnumType(UserErrorCode, { name: 'UserErrorCode' });

@ObjectType({ description: 'Why a mutation did not happen; nothing was changed.' })
export class UserError {
  @Field(() => UserErrorCode)
  code!: UserErrorCode;

  @Field(() => String)
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
