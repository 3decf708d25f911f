import { describe, expect, it } from 'vitest';
import { handleFileImportRequest, PART_ITEMS } from '../../../renderer/workers/fileImportWorkerCore';
import type { FileImportMessage, FileImportRequest } from '../../../renderer/workers/fileImportProtocol';
import { LIMITS } from '../../../shared/io/limits';
import { PROGRESS_ROWS } from '../../../shared/io/importGoalsCsv';
import { readProjectFile, writeProjectFile } from '../../../shared/io/projectFile';
import type { Project } from '../../../shared/model';
import { fixtureText } from '../../shared/io/fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const base = (): Project => readProjectFile(fixtureText('project-v2.samenhang.json')).value!;

function run(req: FileImportRequest): FileImportMessage[] {
  const messages: FileImportMessage[] = [];
  handleFileImportRequest(req, (m) => messages.push(m));
  return messages;
}

const csv = (project: Project, text: string, kind: 'goals' | 'links' = 'goals'): FileImportRequest => ({
  type: 'csv',
  kind,
  project,
  bytes: utf8(text),
});

/** A valid file padded with blank lines (JSON and CSV both allow them) to `size` bytes. */
function padded(text: string, size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x0a);
  bytes.set(utf8(text));
  return bytes;
}

describe('file import worker core', () => {
  it('reports reading, then rows checked, then only the goals the file adds, a thousand per part', () => {
    const p = base();
    const n = PROGRESS_ROWS + 200;
    const rows = Array.from({ length: n }, (_, i) => `Doel ${i};sociaal`).join('\n');
    const messages = run(csv(p, `titel;domein\n${rows}\n`));
    expect(messages.slice(0, 4)).toEqual([
      { type: 'progress', progress: { stage: 'read' } },
      { type: 'progress', progress: { stage: 'rows', done: 0, total: n } },
      { type: 'progress', progress: { stage: 'rows', done: PROGRESS_ROWS, total: n } },
      { type: 'progress', progress: { stage: 'rows', done: n, total: n } },
    ]);
    const parts = messages.slice(4, -1);
    expect(parts.map((m) => m.type === 'part' && [m.collection, m.items.length])).toEqual([
      ['goals', PART_ITEMS],
      ['goals', n - PART_ITEMS],
    ]);
    const goals = parts.flatMap((m) => (m.type === 'part' && m.collection === 'goals' ? m.items : []));
    expect(goals.map((g) => g.title)).toEqual(Array.from({ length: n }, (_, i) => `Doel ${i}`));
    expect(messages.at(-1)).toEqual({ type: 'result', outcome: { ok: true, type: 'goals', goals: [], problems: [] } });
  });

  it('returns the added links, and a broken file as located problems', () => {
    const links = run(csv(base(), 'van;naar;soort\ngoal_jeugd;goal_wmo;versterkt\n', 'links'));
    expect(links.slice(1).map((m) => m.type)).toEqual(['progress', 'progress', 'part', 'result']);
    expect(links[3]!.type === 'part' && links[3]!.items).toEqual([
      expect.objectContaining({ source: 'goal_jeugd', target: 'goal_wmo', kind: 'reinforces' }),
    ]);
    const broken = run(csv(base(), 'titel;domein;budget\nA;sociaal;veel geld\n')).at(-1)!;
    expect(broken).toEqual({
      type: 'result',
      outcome: { ok: false, problems: [expect.objectContaining({ code: 'csvBadBudget', path: ['csv', 2, 'budget'] })] },
    });
  });

  it('refuses a CSV over the size limit before parsing: a valid file padded past it is never read', () => {
    const bytes = padded('titel\nA\n', LIMITS.csvBytes + 1);
    const messages = run({ type: 'csv', kind: 'goals', project: base(), bytes });
    expect(messages).toEqual([
      { type: 'progress', progress: { stage: 'read' } },
      {
        type: 'result',
        outcome: { ok: false, problems: [{ code: 'csvFileTooLarge', params: { size: 32.1, limit: 32 } }] },
      },
    ]);
  });

  it('refuses too many rows before a row is checked', () => {
    const rows = 'x\n'.repeat(LIMITS.csvRows + 1);
    const messages = run(csv(base(), `titel\n${rows}`));
    expect(messages.some((m) => m.type === 'progress' && m.progress.stage === 'rows')).toBe(false);
    expect(messages.at(-1)).toEqual({
      type: 'result',
      outcome: {
        ok: false,
        problems: [{ code: 'csvTooManyRows', params: { limit: LIMITS.csvRows } }],
      },
    });
  });

  it('reads a project file, refusing a valid one padded past the size limit unread and one with too many holders', () => {
    const text = fixtureText('project-v2.samenhang.json');
    const ok = run({ type: 'project', bytes: utf8(text) }).at(-1)!;
    expect(ok.type === 'result' && ok.outcome.ok && ok.outcome.type === 'project' && ok.outcome.project.id).toBe(
      'project_voorbeeld',
    );

    const big = run({ type: 'project', bytes: padded(text, LIMITS.projectFileBytes + 1) }).at(-1)!;
    expect(big).toEqual({
      type: 'result',
      outcome: { ok: false, problems: [{ code: 'fileTooLarge', params: { size: 64.1, limit: 64 } }] },
    });

    const p = base();
    const crowded: Project = {
      ...p,
      divisions: [],
      portfolios: Array.from({ length: LIMITS.portfolios + 1 }, (_, i) => ({ ...p.portfolios[0]!, id: `pf_${i}` })),
    };
    const file = writeProjectFile(crowded, { savedAt: '2026-03-02T09:30:00.000Z', appVersion: '0.1.0' });
    const refused = run({ type: 'project', bytes: utf8(file) }).at(-1)!;
    expect(refused).toEqual({
      type: 'result',
      outcome: {
        ok: false,
        problems: [
          { code: 'projectTooManyPortfolios', params: { count: LIMITS.portfolios + 1, limit: LIMITS.portfolios } },
        ],
      },
    });
  });
});
