import { describe, expect, it } from 'vitest';
import { testStore } from '../support/testStore';

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
