/**
 * Exit codes, so that a scheduled job can tell a mistake in its own command from an API that is down or a
 * key that needs fixing.
 */
export const ExitCode = {
  OK: 0,
  /** Anything unexpected: an answer the client does not understand, a file it cannot write. */
  FAILED: 1,
  /** A mistake on the command line. */
  USAGE: 2,
  /** The server cannot be reached (down, wrong URL, not an API). */
  UNREACHABLE: 3,
  /** The API key was refused (unknown, revoked, expired). */
  UNAUTHENTICATED: 4,
  /** The key works but lacks the scope a section needs. */
  FORBIDDEN: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure the user can act on: printed as one line, then the process exits with `exitCode`. */
export class ReportError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.FAILED,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}
