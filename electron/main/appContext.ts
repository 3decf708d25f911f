import type { BrowserWindow } from 'electron';
import type { DocumentState } from '../../shared/ipc/contract';
import type { PathGrants } from './fileAccess';
import type { FlushCoordinator } from './flushOnClose';
import type { OpenFileDelivery } from './openFiles';
import type { RecentFiles } from './recentFiles';

/** What the IPC handlers share; index.ts builds the one instance, tests build their own. */
export interface AppContext {
  getWindow(): BrowserWindow | null;
  readonly platform: NodeJS.Platform;
  readonly recent: RecentFiles;
  readonly grants: PathGrants;
  readonly delivery: OpenFileDelivery;
  readonly flush: FlushCoordinator;
  /** Where dialogs start: the folder used last, else the user's documents folder. */
  lastFolder: string;
  /** The latest state the page reported (title, dirty, locale). */
  documentState: DocumentState;
  /** Rebuild the native menu (language or recent files changed). */
  refreshMenu(): void;
  /** A project was opened or saved: newest in the recent list, the OS's recent documents and the menu. */
  noteRecent(file: string): Promise<void>;
}
