/** Stable codes of the errors thrown by the `sync` text operations. */
export type SyncErrorCode = 'sync.noFeature' | 'sync.notProvenance' | 'sync.lineOutOfRange' | 'sync.invalidFingerprint';

/** An error raised by a `sync` text operation, with a stable {@link SyncErrorCode}. */
export class SyncError extends Error {
  override readonly name = 'SyncError';

  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
  }
}
