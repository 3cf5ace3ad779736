// Two kinds of failure, two exit codes: a command line we cannot read (2, with the usage) and a
// request we refuse or that fails (1). Messages are English and name what is wrong.

export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/** The command line is wrong: unknown command or option, missing argument. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The usage text to print after the message; the command's own when absent. */
    readonly usage?: string,
  ) {
    super(message);
  }
}

/** The command was understood but refused (bad RBD, unknown user…); nothing was changed. */
export class RefusedError extends Error {}
