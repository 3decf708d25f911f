import type { CsvImportKind } from '../../shared/io/applyCsvImport';
import type { Goal, Link, Problem, Project } from '../../shared/model';

export type FileImportRequest =
  | {
      /** Goals or links to append to `project`, all or nothing. */
      type: 'csv';
      kind: CsvImportKind;
      project: Project;
      bytes: Uint8Array;
    }
  | { type: 'project'; bytes: Uint8Array };

/** `read`: decoding, splitting and checking as a whole (no fraction known); `rows`: CSV rows checked so far. */
export type FileImportProgress = { stage: 'read' } | { stage: 'rows'; done: number; total: number };

export type FileImportOutcome =
  | { ok: true; type: 'goals'; goals: Goal[]; problems: Problem[] }
  | { ok: true; type: 'links'; links: Link[]; problems: Problem[] }
  | { ok: true; type: 'project'; project: Project; problems: Problem[] }
  | { ok: false; cancelled?: false; problems: Problem[] }
  | { ok: false; cancelled: true; problems: [] };

export type FileImportMessage =
  | { type: 'progress'; progress: FileImportProgress }
  | { type: 'result'; outcome: FileImportOutcome }
  | { type: 'error'; message: string };
