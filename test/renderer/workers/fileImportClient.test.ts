import { describe, expect, it } from 'vitest';
import {
  inProcessWorker,
  runFileImport,
  type FileImportProgress,
  type FileImportWorkerLike,
} from '../../../renderer/workers/fileImportClient';
import type { FileImportMessage, FileImportRequest } from '../../../renderer/workers/fileImportProtocol';
import { readProjectFile, writeProjectFile } from '../../../shared/io/projectFile';
import type { Project } from '../../../shared/model';
import { fixtureText } from '../../shared/io/fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const base = (): Project => readProjectFile(fixtureText('project-v2.samenhang.json')).value!;

function goalsRequest(rows: number): FileImportRequest {
  const bytes = utf8(`titel;domein\n${Array.from({ length: rows }, (_, i) => `Doel ${i};sociaal`).join('\n')}\n`);
  return { type: 'csv', kind: 'goals', project: base(), bytes };
}

/** A worker that does nothing until the test says what it posts; remembers whether it was ended. */
function scriptedWorker() {
  const w = {
    terminated: false,
    requests: [] as FileImportRequest[],
    onmessage: null as FileImportWorkerLike['onmessage'],
    onerror: null as FileImportWorkerLike['onerror'],
    terminate() {
      w.terminated = true;
    },
    postMessage(req: FileImportRequest) {
      w.requests.push(req);
    },
    send(m: FileImportMessage) {
      w.onmessage?.({ data: m } as MessageEvent<FileImportMessage>);
    },
  };
  return w;
}

describe('runFileImport', () => {
  it('forwards progress and resolves with the outcome, ending the worker', async () => {
    const seen: FileImportProgress[] = [];
    let worker: FileImportWorkerLike | null = null;
    const run = runFileImport(
      goalsRequest(1500),
      (p) => seen.push(p),
      () => (worker = inProcessWorker()),
    );
    const outcome = await run.promise;
    expect(outcome.ok && outcome.type === 'goals' && outcome.goals.length).toBe(1500);
    expect(seen.map((p) => (p.stage === 'rows' ? p.done : p.stage))).toEqual(['read', 0, 1000, 1500]);
    expect(worker!.onmessage).toBeNull();
  });

  it('puts a project file back together from its parts: the same project as read directly', async () => {
    const p = base();
    const big = {
      ...p,
      goals: [...p.goals, ...Array.from({ length: 2500 }, (_, i) => ({ ...p.goals[0]!, id: `goal_n${i}` }))],
    };
    const text = writeProjectFile(big, { savedAt: '2026-03-02T09:30:00.000Z', appVersion: '0.1.0' });
    const outcome = await runFileImport({ type: 'project', bytes: utf8(text) }, undefined, inProcessWorker).promise;
    expect(outcome.ok && outcome.type === 'project' && outcome.project).toEqual(readProjectFile(text).value);
  });

  it('cancel ends the worker at once, resolves as cancelled and ignores what the worker sends after', async () => {
    const w = scriptedWorker();
    const seen: FileImportProgress[] = [];
    const run = runFileImport(
      goalsRequest(3),
      (p) => seen.push(p),
      () => w,
    );
    expect(w.requests).toHaveLength(1);
    w.send({ type: 'progress', progress: { stage: 'read' } });
    run.cancel();
    expect(w.terminated).toBe(true);
    w.send({ type: 'progress', progress: { stage: 'rows', done: 0, total: 3 } });
    w.send({ type: 'result', outcome: { ok: true, type: 'goals', goals: [], problems: [] } });
    expect(await run.promise).toEqual({ ok: false, cancelled: true, problems: [] });
    expect(seen).toEqual([{ stage: 'read' }]);
  });

  it('cancel of the in-process worker drops its answer too', async () => {
    const run = runFileImport(goalsRequest(10), undefined, inProcessWorker);
    run.cancel();
    expect(await run.promise).toEqual({ ok: false, cancelled: true, problems: [] });
  });

  it('rejects when the worker fails, so the caller can say so', async () => {
    const w = scriptedWorker();
    const run = runFileImport(goalsRequest(1), undefined, () => w);
    w.send({ type: 'error', message: 'out of memory' });
    await expect(run.promise).rejects.toThrow('out of memory');
    expect(w.terminated).toBe(true);
  });
});
