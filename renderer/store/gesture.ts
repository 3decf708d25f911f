import type { Project } from '../../shared/model';
import type { MessageKey } from '../i18n/translate';
import type { ViewSnapshot } from './history';

/**
 * A gesture in progress: a drag, or a drop-down stepped through with the arrow keys. Edits made during it change
 * the project on screen but make no undo step and write nothing; committing makes one step of them all,
 * cancelling (Esc) puts the project back as it was (tldraw's mark / squash / bail).
 */
export interface Gesture {
  labelKey: MessageKey;
  before: Project;
  view: ViewSnapshot;
}
