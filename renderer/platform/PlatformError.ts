/**
 * A platform call that failed for a reason the user may need to hear about (file gone, address not allowed).
 * `code` is stable and translated as a problem (`problem.file.notFound`, `problem.ipc.requestTooLarge`, …);
 * `message` is for logs.
 */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** What the message for `code` fills in, e.g. `{ size, limit }` in MB for a size refusal. */
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
