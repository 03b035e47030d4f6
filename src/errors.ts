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

/**
 * What the system error codes of file access mean, in words a user can act on. The phrases follow
 * the path in a one-line message (`a.txt: too many symbolic links (a link loop?)`).
 */
const FILE_ERROR_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links (a link loop?)',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files (raise the limit with "ulimit -n")',
  ENFILE: 'too many open files on the system',
  EIO: 'input/output error',
  ENXIO: 'no such device or address',
  ENODEV: 'no such device',
  EBUSY: 'busy (in use by another program)',
  ETXTBSY: 'busy (in use by another program)',
  EAGAIN: 'temporarily unavailable; try again',
  EINTR: 'interrupted; try again',
  ENOMEM: 'not enough memory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EFBIG: 'file too large',
  EOVERFLOW: 'too large to read',
  ERR_FS_FILE_TOO_LARGE: 'too large to read (over 2 GiB); split it into smaller files',
  ETIMEDOUT: 'timed out',
  ESTALE: 'stale network file handle (remount the share?)',
  EEXIST: 'already exists',
  ENOTSUP: 'not supported by the file system',
  EOPNOTSUPP: 'not supported by the file system',
  EINVAL: 'invalid argument (a name the file system does not allow?)',
};

/** Codes whose phrase says more with the operation after it (`input/output error reading the file`). */
const NAMES_THE_OPERATION = new Set(['EIO']);

/**
 * A failed file operation's problem in plain English, without the path: the phrase for its system
 * error code, or for a code not in the table, the code itself (`error EXDEV`). `doing` names the
 * operation (`reading the file`) where the phrase alone would not; callers whose message already
 * says what failed (`cannot read the folder: …`) leave it out.
 */
export function fileErrorProblem(error: unknown, doing?: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : FILE_ERROR_PROBLEMS[code];
  const problem = known ?? (code === undefined ? `unexpected error (${error instanceof Error ? error.message : String(error)})` : `error ${code}`);
  return doing !== undefined && (known === undefined || NAMES_THE_OPERATION.has(code ?? '')) ? `${problem} ${doing}` : problem;
}
