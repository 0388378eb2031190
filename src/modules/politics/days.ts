import type { UserError } from '../../kit';
import { todayInAmsterdam, userError, UserErrorCode } from '../../kit';

/** The module records what happened: a day after today (in Amsterdam) is INVALID on `input.<field>`. */
export const futureDayError = (day: string, field: string): UserError | null =>
  day > todayInAmsterdam()
    ? userError(UserErrorCode.INVALID, 'The day must not lie in the future', ['input', field])
    : null;
