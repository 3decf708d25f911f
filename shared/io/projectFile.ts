import { checkProject, ProjectSchema, zodProblems, problem, type Project, type Problem } from '../model';
import { appendProblems, capProblems, hasErrors, warning } from './capProblems';
import { checkFileSize } from './checkLimits';
import { decodeText, firstNonAscii } from './decodeText';
import { locateJsonError, positionAt } from './locateJsonError';
import { CURRENT_FILE_VERSION, FIRST_FILE_VERSION, isJsonObject, migrateProject, type Json } from './migrations';
import { repairProject } from './repairProject';

export const FILE_FORMAT = 'samenhang';
export const FILE_EXTENSION = '.samenhang.json';
/** The version this app writes; also stamped on stored rows so they migrate through the same steps. */
export const FORMAT_VERSION = CURRENT_FILE_VERSION;

export interface ReadProjectOptions {
  /** Drop dangling, self and repeated links (and draft entries for missing goals) with a warning each. */
  repair?: boolean;
}

export interface ProjectFileMeta {
  version: number;
  savedAt?: string;
  app?: string;
}

export interface ReadProjectResult {
  value?: Project;
  /** What the envelope said, when it could be read; useful for "saved by Samenhang x.y on …". */
  meta?: ProjectFileMeta;
  problems: Problem[];
}

function parseJson(text: string): { json?: Json; problem?: Problem } {
  try {
    return { json: JSON.parse(text) as Json };
  } catch {
    const at = locateJsonError(text);
    return { problem: at ? problem('fileNotJson', { line: at.line, column: at.column }) : problem('fileNotJsonDeep') };
  }
}

/** A value from the file shown in a message: short, and never walked (a crafted value may be nested 5,000 deep). */
export function describeJsonValue(v: Json | undefined): string {
  if (Array.isArray(v)) return '[…]';
  if (v !== null && typeof v === 'object') return '{…}';
  const text = JSON.stringify(v ?? null);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Reads a `.samenhang.json` file: JSON → envelope → migrations → zod → model invariants (→ explicit repair).
 * Every problem found is reported (up to a cap); any error means no project, so an invalid file never
 * half-loads. Envelope problems carry no path: they concern the whole file and their sentences say so;
 * content problems carry JSON paths relative to `project`.
 */
export function readProjectFile(text: string, options: ReadProjectOptions = {}): ReadProjectResult {
  const { json, problem: syntax } = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (syntax) return { problems: [syntax] };
  if (!isJsonObject(json) || json.format !== FILE_FORMAT) {
    const format = isJsonObject(json) && typeof json.format === 'string' ? json.format.slice(0, 40) : '';
    return { problems: [problem('fileWrongFormat', { format })] };
  }
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_FILE_VERSION)
    return { problems: [problem('fileBadVersion', { version: describeJsonValue(version) })] };
  const meta: ProjectFileMeta = { version };
  if (typeof json.savedAt === 'string') meta.savedAt = json.savedAt;
  if (typeof json.app === 'string') meta.app = json.app;
  if (version > CURRENT_FILE_VERSION)
    return {
      meta,
      problems: [problem('fileNewerVersion', { version, current: CURRENT_FILE_VERSION, app: meta.app ?? '' })],
    };
  if (!isJsonObject(json.project)) return { meta, problems: [problem('fileNoProject')] };

  const parsed = ProjectSchema.safeParse(migrateProject(json.project, version));
  if (!parsed.success) return { meta, problems: capProblems(zodProblems(parsed.error)) };

  let project = parsed.data;
  const problems: Problem[] = [];
  if (options.repair) {
    const repaired = repairProject(project);
    project = repaired.value;
    appendProblems(problems, repaired.problems);
  }
  appendProblems(problems, checkProject(project));
  const capped = capProblems(problems);
  return hasErrors(problems) ? { meta, problems: capped } : { value: project, meta, problems: capped };
}

/**
 * Reads the bytes of a project file, refusing one over LIMITS.projectFileBytes unread. Samenhang writes UTF-8, so a file with a few bytes that are not UTF-8 was
 * damaged: it is refused at the line and column of the first one (their � would otherwise be stored as text). A
 * file that is not UTF-8 at all was saved as Windows-1252 by an editor; it is read so, with a warning that shows
 * the first character read that way, for the user to check.
 */
export function readProjectFileBytes(bytes: Uint8Array, options: ReadProjectOptions = {}): ReadProjectResult {
  // Before a byte is decoded: a file of hundreds of megabytes is more than the engine's decoder takes.
  const tooLarge = checkFileSize(bytes.length, 'project');
  if (tooLarge.length) return { problems: tooLarge };
  const decoded = decodeText(bytes);
  if (decoded.invalid > 0) {
    const at = positionAt(decoded.text, Math.max(0, decoded.text.indexOf('\uFFFD')));
    return {
      problems: [
        problem('fileInvalidText', {
          line: at.line,
          column: at.column,
          count: decoded.invalid,
          encoding: decoded.encoding.toUpperCase(),
        }),
      ],
    };
  }
  const read = readProjectFile(decoded.text, options);
  if (decoded.encoding !== 'windows-1252') return read;
  const first = firstNonAscii(decoded.text);
  if (!first) return read;
  const at = positionAt(decoded.text, first.index);
  const guessed = warning('fileEncodingGuessed', { line: at.line, column: at.column, example: first.excerpt });
  return { ...read, problems: [...read.problems, guessed] };
}

export interface WriteProjectMeta {
  savedAt: string;
  appVersion: string;
}

/**
 * The current-version file text. Parsing through the schema gives every object its schema key order, and
 * draft assignments are sorted by goal id, so saving the same project twice gives byte-identical files that
 * diff well. An invalid project here is a bug upstream, so the schema is allowed to throw.
 */
export function writeProjectFile(project: Project, meta: WriteProjectMeta): string {
  const canonical = ProjectSchema.parse(project);
  canonical.divisions = canonical.divisions.map((d) => ({
    ...d,
    assignments: Object.fromEntries(Object.entries(d.assignments).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  }));
  const envelope = {
    format: FILE_FORMAT,
    version: FORMAT_VERSION,
    savedAt: meta.savedAt,
    app: `Samenhang ${meta.appVersion}`,
    project: canonical,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
