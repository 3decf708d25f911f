import { describe, expect, it } from 'vitest';
import { testStore } from '../support/testStore';
import { voorbeeldProject } from '../../../shared/example/voorbeeld';

describe('notices', () => {
  it('keeps the last three, and only the newest offer to undo (an older one would undo the newer edit)', () => {
    const { store } = testStore();
    const s = () => store.getState();
    s().notify({ kind: 'error', key: 'app.notice.saveFailed' });
    s().notify({ kind: 'info', key: 'app.board.annDropped', params: { count: 1 }, undo: true, quiet: true });
    s().notify({ kind: 'info', key: 'app.board.annDropped', params: { count: 2 }, undo: true, quiet: true });
    expect(s().notices.map((n) => [n.key, n.params?.count ?? null, !!n.undo])).toEqual([
      ['app.notice.saveFailed', null, false],
      ['app.board.annDropped', 2, true],
    ]);
    for (let i = 0; i < 4; i++) s().notify({ kind: 'error', key: 'app.notice.saveFailed' });
    expect(s().notices).toHaveLength(3);
    expect(s().notices.some((n) => n.undo)).toBe(false);
  });
});

describe('an offer to undo', () => {
  it('goes once the project changes otherwise (an undo by key, another edit), so its button never undoes something else', async () => {
    const { store } = testStore();
    const s = () => store.getState();
    await s().adoptProject(voorbeeldProject());
    const rename = (name: string) => s().edit('app.cmd.goalAdd', (p) => ({ ok: true, project: { ...p, name } }));
    rename('Gemeente Voorbeeld 2');
    s().notify({ kind: 'info', key: 'app.board.annDropped', params: { count: 1 }, undo: true, quiet: true });
    s().notify({ kind: 'info', key: 'app.notice.fileSaved', params: { name: 'x' } });
    s().undo();
    expect(s().notices.map((n) => n.key)).toEqual(['app.notice.fileSaved']);
    s().notify({ kind: 'info', key: 'app.board.annDropped', params: { count: 1 }, undo: true, quiet: true });
    rename('Gemeente Voorbeeld 3');
    expect(s().notices.some((n) => n.undo)).toBe(false);
  });
});
