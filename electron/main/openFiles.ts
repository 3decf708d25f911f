import path from 'node:path';
import { MAX_OPENED_FILE_BYTES, MAX_PENDING_FILES, type EventPayload } from '../../shared/ipc/contract';
import { isProjectFile } from './fileAccess';

export type OpenedFile = EventPayload<'openFile'>;

/**
 * Project files named on a command line: ours at start-up, or the one a second instance received. Flags and the
 * app path (`electron .` in development) are skipped; relative paths count from the caller's working folder.
 */
export function filesFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !isProjectFile(arg)) continue;
    const full = path.resolve(workingDirectory, arg);
    if (!files.includes(full)) files.push(full);
  }
  return files;
}

/**
 * Files reach the page as events only once it listens: before that (start-up, page reload) they wait here, and
 * the page collects them with takePendingFiles, which also marks it ready.
 */
export class OpenFileDelivery {
  private ready = false;
  private readonly pending: OpenedFile[] = [];

  constructor(private readonly send: (file: OpenedFile) => void) {}

  deliver(file: OpenedFile): void {
    if (this.ready) this.send(file);
    else this.pending.push(file);
  }

  /**
   * The waiting files, as many as the contract's answer may carry; the rest follow as events (the page listens
   * before it takes), so however many files the file manager hands over, none is refused for their number.
   */
  take(): OpenedFile[] {
    this.ready = true;
    const taken: OpenedFile[] = [];
    let bytes = 0;
    for (const file of this.pending.splice(0)) {
      const fits = taken.length < MAX_PENDING_FILES && bytes + file.bytes.byteLength <= MAX_OPENED_FILE_BYTES;
      if (fits) {
        taken.push(file);
        bytes += file.bytes.byteLength;
      } else this.send(file);
    }
    return taken;
  }

  /** The page is loading again: its listeners are gone until it asks anew. */
  reset(): void {
    this.ready = false;
  }
}
