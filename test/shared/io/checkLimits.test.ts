import { describe, expect, it } from 'vitest';
import {
  checkCsvCell,
  checkCsvRows,
  checkFileSize,
  checkProjectSize,
  projectCounts,
} from '../../../shared/io/checkLimits';
import { LIMITS } from '../../../shared/io/limits';
import { readCsvTable } from '../../../shared/io/readCsvTable';
import { importGoalsCsv, PROGRESS_ROWS } from '../../../shared/io/importGoalsCsv';
import { importLinksCsv } from '../../../shared/io/importLinksCsv';
import { applyCsvImport } from '../../../shared/io/applyCsvImport';
import { readProjectFile } from '../../../shared/io/projectFile';
import type { Project } from '../../../shared/model';
import { fixtureText } from './fixtures';

const MB = 1024 * 1024;
const utf8 = (s: string) => new TextEncoder().encode(s);
const base = (): Project => readProjectFile(fixtureText('project-v2.samenhang.json')).value!;
const codes = (ps: { code: string }[]) => ps.map((p) => p.code);

describe('limit checks', () => {
  it('refuses a file over its size, in megabytes rounded up, and accepts one at the limit', () => {
    expect(checkFileSize(LIMITS.csvBytes, 'csv')).toEqual([]);
    expect(checkFileSize(LIMITS.csvBytes + 1, 'csv')).toEqual([
      { code: 'csvFileTooLarge', params: { size: 32.1, limit: 32 } },
    ]);
    expect(checkFileSize(LIMITS.csvBytes + 1, 'project')).toEqual([]);
    expect(checkFileSize(100 * MB, 'project')).toEqual([{ code: 'fileTooLarge', params: { size: 100, limit: 64 } }]);
  });

  it('refuses more data rows than the limit, and a cell longer than the limit with its place', () => {
    expect(checkCsvRows(LIMITS.csvRows)).toEqual([]);
    expect(checkCsvRows(LIMITS.csvRows + 1)).toEqual([{ code: 'csvTooManyRows', params: { limit: LIMITS.csvRows } }]);
    expect(checkCsvCell(LIMITS.cellChars, 3, 'titel')).toEqual([]);
    expect(checkCsvCell(LIMITS.cellChars + 5, 3, 'titel')).toEqual([
      {
        code: 'csvCellTooLong',
        params: { row: 3, column: 'titel', length: LIMITS.cellChars + 5, limit: LIMITS.cellChars },
        path: ['csv', 3, 'titel'],
      },
    ]);
  });

  it('checks each count a project may hold, only those given', () => {
    expect(checkProjectSize(projectCounts(base()))).toEqual([]);
    expect(codes(checkProjectSize({ goals: LIMITS.goals + 1, links: LIMITS.links }))).toEqual(['projectTooManyGoals']);
    expect(
      codes(
        checkProjectSize({
          goals: 1,
          links: LIMITS.links + 1,
          portfolios: LIMITS.portfolios + 1,
          divisions: LIMITS.divisions + 1,
        }),
      ),
    ).toEqual(['projectTooManyLinks', 'projectTooManyPortfolios', 'projectTooManyDivisions']);
    expect(checkProjectSize({ divisions: LIMITS.divisions + 7 })[0]!.params).toEqual({
      count: LIMITS.divisions + 7,
      limit: LIMITS.divisions,
    });
  });
});

describe('limits in the CSV readers', () => {
  it('refuses a file over the size limit on its size alone', () => {
    // Zero bytes would decode to a one-cell file with no rows; the refusal comes first and alone.
    expect(readCsvTable(new Uint8Array(LIMITS.csvBytes + 1)).problems).toEqual([
      { code: 'csvFileTooLarge', params: { size: 32.1, limit: 32 } },
    ]);
  });

  it('counts data rows without the header and blank rows', () => {
    const rows = Array.from({ length: LIMITS.csvRows }, (_, i) => `doel ${i};x`);
    const atLimit = readCsvTable(utf8(`\n;\ntitel;b\n${rows.join('\n')}\n;\n\n`));
    expect(atLimit.value?.rows).toHaveLength(LIMITS.csvRows);
    const over = readCsvTable(utf8(`titel;b\n${rows.join('\n')}\nnog een;y\n`));
    expect(over.value).toBeUndefined();
    expect(over.problems).toEqual([{ code: 'csvTooManyRows', params: { limit: LIMITS.csvRows } }]);
  });

  it('reads a file with more line breaks than the row limit row by row, to the same table', () => {
    const text = 'titel;domein\nA;sociaal\n\nB;"fy"s"\nC;sociaal\n';
    const small = readCsvTable(utf8(text));
    const blanks = readCsvTable(utf8(text + '\r\n'.repeat(LIMITS.csvRows)));
    expect(small.problems.map((p) => [p.code, p.path])).toContainEqual(['csvQuotes', ['csv', 4]]);
    expect(blanks).toEqual(small);
  });

  it('refuses a cell over the limit with its row and column, as a quote that was never closed makes one', () => {
    const long = 'x'.repeat(LIMITS.cellChars + 1);
    const { value, problems } = readCsvTable(utf8(`titel;omschrijving\nA;${long}\n`));
    expect(value).toBeUndefined();
    expect(problems).toEqual([checkCsvCell(LIMITS.cellChars + 1, 2, 'omschrijving')[0]]);
    const rest = Array.from({ length: 2000 }, (_, i) => `Doel ${i};tekst`).join('\n');
    const runaway = readCsvTable(utf8(`titel;omschrijving\nB;"begint hier\n${rest}\n`));
    expect(codes(runaway.problems)).toEqual(['csvQuotes', 'csvCellTooLong']);
    expect(runaway.problems[1]!.path).toEqual(['csv', 2, 'omschrijving']);
  });

  it('refuses goals that would take the project over its limit before a row is checked', () => {
    const p = base();
    const many: Project = {
      ...p,
      goals: Array.from({ length: LIMITS.goals - 1 }, (_, i) => ({ ...p.goals[0]!, id: `goal_n${i}` })),
    };
    // The second row has an unknown domain: it is never looked at.
    const bytes = utf8('titel;domein\nEen;sociaal\nTwee;onbekend\n');
    const { value, problems } = importGoalsCsv(many, bytes);
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      { code: 'projectTooManyGoals', params: { count: LIMITS.goals + 1, limit: LIMITS.goals } },
    ]);
    expect(applyCsvImport(many, 'goals', bytes).problems).toEqual(problems);
    expect(importGoalsCsv({ ...many, goals: many.goals.slice(1) }, bytes).problems.map((x) => x.code)).toEqual([
      'csvUnknownDomain',
    ]);
  });

  it('refuses links that would take the project over its limit before a row is checked', () => {
    const p = base();
    const many: Project = { ...p, links: Array.from({ length: LIMITS.links }, () => p.links[0]!) };
    const { value, problems } = importLinksCsv(many, utf8('van;naar;soort\ngoal_jeugd;goal_wmo;versterkt\n'));
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      { code: 'projectTooManyLinks', params: { count: LIMITS.links + 1, limit: LIMITS.links } },
    ]);
  });

  it('reports progress while rows are checked: 0 of n, every PROGRESS_ROWS rows, n of n', () => {
    const n = 2 * PROGRESS_ROWS + 500;
    const rows = Array.from({ length: n }, (_, i) => `Doel ${i};sociaal`).join('\n');
    const seen: [number, number][] = [];
    const { value } = applyCsvImport({ ...base(), goals: [] }, 'goals', utf8(`titel;domein\n${rows}\n`), {
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(value?.goals).toHaveLength(n);
    expect(seen).toEqual([
      [0, n],
      [PROGRESS_ROWS, n],
      [2 * PROGRESS_ROWS, n],
      [n, n],
    ]);
  });
});
