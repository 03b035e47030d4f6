/**
 * A failure the user can act on: bad input, a bad argument, a missing file.
 * The CLI prints its message as one line and exits with `exitCode`.
 */
export class OutletdiffError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'OutletdiffError';
    this.exitCode = exitCode;
  }
}
