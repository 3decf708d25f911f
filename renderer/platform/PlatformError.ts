/**
 * A platform call that failed for a reason the user may need to hear about (file gone, address not allowed).
 * `code` is stable and translatable (`file.notFound`, `ipc.badRequest`, …); `message` is for logs.
 */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
