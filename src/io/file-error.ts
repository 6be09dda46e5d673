/** A file could not be read or written for a reason the user can fix: the CLI prints the message and exits 2. */
export class FileError extends Error {
  override readonly name = 'FileError';

  constructor(
    message: string,
    /** The file as the user named it (never a temporary file). */
    readonly file: string,
    /** The system error code (`EACCES`, `EROFS`...), when there is one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of its path is not a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  ELOOP: 'too many levels of symbolic links',
  ENOENT: 'it does not exist',
  EEXIST: 'a file of that name is in the way',
  ENAMETOOLONG: 'its name is too long',
};

/** A short reason for a system error, in words (`permission denied`), else its own message. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // A name that is not UTF-8 reaches us with U+FFFD in place of its bytes, and no file has that name.
  if (code === 'ENOENT' && (error as NodeJS.ErrnoException).path?.includes('\uFFFD')) {
    return 'its name is not valid UTF-8, so it cannot be opened by name; rename it';
  }
  if (code !== undefined && Object.hasOwn(REASONS, code)) return REASONS[code] as string;
  return error instanceof Error ? error.message : String(error);
}

/** `Cannot write <file>: <reason>` as a {@link FileError}; an existing FileError is returned as it is. */
export function fileError(action: 'read' | 'write', file: string, error: unknown): FileError {
  if (error instanceof FileError) return error;
  return new FileError(`Cannot ${action} ${file}: ${reasonOf(error)}`, file, (error as NodeJS.ErrnoException | undefined)?.code);
}

/** A write given up because `file` changed since it was read, or another run holds the lock (`file`): exit 1. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';

  constructor(message: string, readonly file: string) {
    super(message);
  }
}
