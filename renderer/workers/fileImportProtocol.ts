import type { CsvImportKind } from '../../shared/io/applyCsvImport';
import type { ExchangeImport, GraphData } from '../../shared/exchange/import';
import type { Goal, Link, Problem, Project } from '../../shared/model';

export type FileImportRequest =
  | {
      /** Goals or links to append to `project`, all or nothing. */
      type: 'csv';
      kind: CsvImportKind;
      project: Project;
      bytes: Uint8Array;
    }
  | { type: 'project'; bytes: Uint8Array }
  /** A workbook or Kumu blueprint checked against `project` (shared/exchange/import). */
  | { type: 'exchange'; project: Project; fileName: string; bytes: Uint8Array; divisionName: string }
  /** A GEXF or GraphML file, parsed on the page (the worker has no DOMParser), checked against `project`. */
  | { type: 'exchangeGraph'; project: Project; graph: GraphData; divisionName: string };

/** `read`: decoding, splitting and checking as a whole (no fraction known); `rows`: CSV rows checked so far. */
export type FileImportProgress = { stage: 'read' } | { stage: 'rows'; done: number; total: number };

export type FileImportOutcome =
  | { ok: true; type: 'goals'; goals: Goal[]; problems: Problem[] }
  | { ok: true; type: 'links'; links: Link[]; problems: Problem[] }
  | { ok: true; type: 'project'; project: Project; problems: Problem[] }
  | { ok: true; type: 'exchange'; result: ExchangeImport; problems: Problem[] }
  | { ok: false; cancelled?: false; problems: Problem[] }
  | { ok: false; cancelled: true; problems: [] };

/** The collections whose entities travel in parts, and the last message's outcome holds them empty. */
export type FileImportPart = { collection: 'goals'; items: Goal[] } | { collection: 'links'; items: Link[] };

export type FileImportMessage =
  | { type: 'progress'; progress: FileImportProgress }
  /**
   * Goals or links of the outcome, a bounded number per message: the page takes each message in one task, so
   * thousands of entities in one message would block it while they are copied in.
   */
  | ({ type: 'part' } & FileImportPart)
  | { type: 'result'; outcome: FileImportOutcome }
  | { type: 'error'; message: string };
