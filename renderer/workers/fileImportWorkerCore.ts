import { applyCsvImport } from '../../shared/io/applyCsvImport';
import { checkFileSize, checkProjectSize, projectCounts } from '../../shared/io/checkLimits';
import { readProjectFileBytes } from '../../shared/io/projectFile';
import { importExchangeBytes, importGraph } from '../../shared/exchange/import';
import type { Goal, Link } from '../../shared/model';
import type { FileImportMessage, FileImportOutcome, FileImportRequest } from './fileImportProtocol';

/** Entities per 'part' message: copying a thousand goals into the page takes it about 10 ms. */
export const PART_ITEMS = 1000;

function readProject(req: Extract<FileImportRequest, { type: 'project' }>): FileImportOutcome {
  // The size limit is applied here, before a byte is decoded.
  const tooLarge = checkFileSize(req.bytes.length, 'project');
  if (tooLarge.length) return { ok: false, problems: tooLarge };
  // Bytes, not text: a damaged UTF-8 file is refused at its bad byte, a Windows-1252 one read with a warning.
  const { value, problems } = readProjectFileBytes(req.bytes);
  if (!value) return { ok: false, problems };
  const tooMany = checkProjectSize(projectCounts(value));
  if (tooMany.length) return { ok: false, problems: tooMany };
  return { ok: true, type: 'project', project: value, problems };
}

function readCsv(req: Extract<FileImportRequest, { type: 'csv' }>, post: (m: FileImportMessage) => void) {
  // The CSV reader checks the file's size before decoding, its rows once split, and the project's counts.
  const { project, kind } = req;
  const { value, problems } = applyCsvImport(project, kind, req.bytes, {
    onProgress: (done, total) => post({ type: 'progress', progress: { stage: 'rows', done, total } }),
  });
  if (!value) return { ok: false, problems } as const;
  // Only what the file adds goes back: the page has the project already, and copying it back would cost the
  // page the time this worker is here to save.
  return kind === 'goals'
    ? ({ ok: true, type: 'goals', goals: value.goals.slice(project.goals.length), problems } as const)
    : ({ ok: true, type: 'links', links: value.links.slice(project.links.length), problems } as const);
}

/** A workbook, Kumu blueprint or parsed graph checked whole against the project; nothing comes back unless it is right. */
async function readExchange(
  req: Extract<FileImportRequest, { type: 'exchange' | 'exchangeGraph' }>,
): Promise<FileImportOutcome> {
  const options = { divisionName: req.divisionName };
  const { value, problems } =
    req.type === 'exchange'
      ? await importExchangeBytes(req.project, req.fileName, req.bytes, options)
      : importGraph(req.project, req.graph, options);
  return value ? { ok: true, type: 'exchange', result: value, problems } : { ok: false, problems };
}

/**
 * What the worker does with one file, apart from the Worker plumbing (so tests run it in-process): the size check
 * before a byte is decoded, then the reader with its own limits (rows as soon as they are split, the project's
 * counts), reporting progress while CSV rows are checked. Cancelling ends the worker. A workbook is unpacked
 * asynchronously, so the answer may come after a promise; any other file is answered at once.
 */
export function handleFileImportRequest(
  req: FileImportRequest,
  post: (m: FileImportMessage) => void,
): void | Promise<void> {
  post({ type: 'progress', progress: { stage: 'read' } });
  if (req.type === 'exchange' || req.type === 'exchangeGraph')
    return readExchange(req).then((outcome) => post({ type: 'result', outcome }));
  const outcome = req.type === 'project' ? readProject(req) : readCsv(req, post);
  post({ type: 'result', outcome: inParts(outcome, post) });
}

/** Posts the outcome's goals and links in parts; returns the outcome with them left empty (the client rejoins). */
function inParts(outcome: FileImportOutcome, post: (m: FileImportMessage) => void): FileImportOutcome {
  if (!outcome.ok) return outcome;
  const send = <T>(items: T[], part: (items: T[]) => FileImportMessage) => {
    for (let i = 0; i < items.length; i += PART_ITEMS) post(part(items.slice(i, i + PART_ITEMS)));
  };
  const goals = (items: Goal[]) => ({ type: 'part', collection: 'goals', items }) as const;
  const links = (items: Link[]) => ({ type: 'part', collection: 'links', items }) as const;
  if (outcome.type === 'goals') {
    send(outcome.goals, goals);
    return { ...outcome, goals: [] };
  }
  if (outcome.type === 'links') {
    send(outcome.links, links);
    return { ...outcome, links: [] };
  }
  if (outcome.type === 'exchange') return outcome;
  send(outcome.project.goals, goals);
  send(outcome.project.links, links);
  return { ...outcome, project: { ...outcome.project, goals: [], links: [] } };
}
