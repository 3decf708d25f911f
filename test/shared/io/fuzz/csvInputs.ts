import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { smallExample } from '../../../fixtures/smallExample';
import type { CsvImportKind } from '../../../../shared/io/applyCsvImport';
import { exportGoalsCsv, exportLinksCsv } from '../../../../shared/io/csv';
import { decodeText } from '../../../../shared/io/decodeText';
import { LIMITS } from '../../../../shared/io/limits';
import { readProjectFile } from '../../../../shared/io/projectFile';
import type { Project } from '../../../../shared/model';
import { fixtureBytes, fixtureText } from '../fixtures';
import { ENCODINGS, encode, mutateBytes, NASTY_STRINGS, type FuzzInput } from './fuzzBytes';
import { FUZZ, FuzzRng } from './fuzzRng';

/** A CSV input with the project it is imported into. */
export interface CsvFuzzInput extends FuzzInput {
  project: Project;
}

interface CsvSeed {
  name: string;
  text: string;
  /** The encoding the seed came in; Windows-1252 seeds are mostly written back as such. */
  windows1252: boolean;
  project: Project;
}

/**
 * The CSV files to start from, per kind: every fixture in test/fixtures/io (imported into the v2 fixture project,
 * as their tests do), and an export of the example project imported into the example project without what was
 * exported (so those imports go through).
 */
export function csvSeeds(kind: CsvImportKind): CsvSeed[] {
  const v2 = readProjectFile(fixtureText('project-v2.samenhang.json')).value!;
  const dir = fileURLToPath(new URL('../../../fixtures/io/', import.meta.url));
  const fixtures = readdirSync(dir)
    .filter((f) => f.startsWith(kind === 'goals' ? 'goals-' : 'links') && f.endsWith('.csv'))
    .sort()
    .map((name) => {
      const decoded = decodeText(fixtureBytes(name));
      return { name, text: decoded.text, windows1252: decoded.encoding === 'windows-1252', project: v2 };
    });
  const example = smallExample();
  const exported =
    kind === 'goals'
      ? {
          text: exportGoalsCsv(example).replace(/^\uFEFF/, ''),
          project: { ...example, goals: [], links: [], divisions: [] },
        }
      : { text: exportLinksCsv(example).replace(/^\uFEFF/, ''), project: { ...example, links: [] } };
  return [...fixtures, { name: `example ${kind} export`, windows1252: false, ...exported }];
}

const CELL_VALUES: readonly string[] = [
  ...NASTY_STRINGS,
  'goal_wonen',
  'goal_jeugd',
  'Sociaal',
  'sociaal',
  'versterkt',
  'voorwaarde',
  '6.3',
  '6.71',
  '6,1',
  'Wmo 2015|Participatiewet',
  '1.250.000',
  '€ 1.250.000,50',
  '-5',
  '3,5',
  '0',
  'a|'.repeat(500),
  '|'.repeat(50),
  'x'.repeat(5000),
];

const SEP_LINES = ['sep=;', 'sep=,', 'sep=\t', 'sep=|', 'sep=', 'SEP=;', 'sep=;;'];

/** Lines and cells changed with a naive split (quotes ignored on purpose: broken quoting is an input too). */
function mutateCsvText(rng: FuzzRng, text: string, how: string[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const delimiter = [';', '\t', ','].find((d) => (lines[0] ?? '').includes(d)) ?? ';';
  const line = () => rng.int(lines.length);
  const setCell = (li: number, value: string) => {
    const cells = (lines[li] ?? '').split(delimiter);
    cells[rng.int(cells.length)] = value;
    lines[li] = cells.join(delimiter);
  };
  switch (rng.int(11)) {
    case 0:
    case 1: {
      const li = lines.length > 1 ? 1 + rng.int(lines.length - 1) : 0;
      const value = rng.pick(CELL_VALUES);
      setCell(li, value);
      how.push(`cell in line ${li + 1} = ${JSON.stringify(value.slice(0, 16))}`);
      break;
    }
    case 2: {
      const value = rng.pick([...CELL_VALUES.slice(0, 12), 'titel', 'id', 'van', 'domein', 'Titel ', 'naar']);
      setCell(0, value);
      how.push(`header cell = ${JSON.stringify(value)}`);
      break;
    }
    case 3: {
      const li = line();
      const times = rng.pick(FUZZ.long && rng.chance(0.01) ? [LIMITS.csvRows + 5] : [2, 100, 2000]);
      lines.splice(li, 0, ...Array<string>(times).fill(lines[li] ?? ''));
      how.push(`repeat line ${li + 1} ${times} times`);
      break;
    }
    case 4: {
      const sep = rng.pick(SEP_LINES);
      lines.unshift(sep);
      how.push(`first line ${JSON.stringify(sep)}`);
      break;
    }
    case 5: {
      const to = rng.pick([';', ',', '\t', '|']);
      const li = rng.chance(0.5) ? -1 : line();
      for (let i = 0; i < lines.length; i++) if (li < 0 || i === li) lines[i] = lines[i]!.split(delimiter).join(to);
      how.push(`delimiter ${JSON.stringify(to)} in ${li < 0 ? 'every line' : `line ${li + 1}`}`);
      break;
    }
    case 6: {
      const li = line();
      const s = lines[li] ?? '';
      const at = rng.int(s.length + 1);
      lines[li] = `${s.slice(0, at)}"${s.slice(at)}`;
      how.push(`quote in line ${li + 1}`);
      break;
    }
    case 7: {
      const li = line();
      const n = rng.pick([1, 20, 1000]);
      lines[li] = `${lines[li] ?? ''}${`${delimiter}x`.repeat(n)}`;
      how.push(`${n} extra cells in line ${li + 1}`);
      break;
    }
    case 8: {
      const li = line();
      lines.splice(li, 0, ...Array<string>(1 + rng.int(3)).fill(''));
      how.push(`blank lines before line ${li + 1}`);
      break;
    }
    case 9: {
      const keep = rng.pick([0, 1]);
      lines.splice(keep);
      how.push(keep ? 'header only' : 'empty file');
      break;
    }
    default: {
      const to = rng.pick(['\n', '\r\n', '\r']);
      how.push(`line ends ${JSON.stringify(to)}`);
      return lines.join(to);
    }
  }
  return lines.join(eol);
}

/**
 * The CSV inputs of one kind for one seed: a seed file with one to three changes to its lines and cells, encoded
 * (Windows-1252 seeds mostly as Windows-1252, others mostly UTF-8) and sometimes damaged byte by byte.
 */
export function* csvInputs(kind: CsvImportKind, seed: number, runs: number): Generator<CsvFuzzInput> {
  const rng = new FuzzRng(seed);
  const seeds = csvSeeds(kind);
  for (let n = 0; n < runs; n++) {
    const start = rng.pick(seeds);
    const how = [`seed ${start.name}`];
    let text = start.text;
    const changes = rng.int(4);
    for (let k = 0; k < changes; k++) text = mutateCsvText(rng, text, how);
    let bytes: Uint8Array;
    if (start.windows1252 && rng.chance(0.7)) {
      how.push('encode windows1252');
      bytes = ENCODINGS.windows1252(text);
    } else bytes = encode(rng, text, how);
    if (rng.chance(0.3)) bytes = mutateBytes(rng, bytes, how);
    yield { bytes, how, project: start.project };
  }
}
