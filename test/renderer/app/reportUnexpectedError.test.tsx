// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { App } from '../../../renderer/app/App';
import { reportUnexpectedError, reportUnhandledRejections } from '../../../renderer/app/reportUnexpectedError';
import { smallExample } from '../../fixtures/smallExample';
import { writeProjectFile } from '../../../shared/io/projectFile';
import { testStore } from '../support/testStore';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** An unhandled rejection as the browser delivers it to the window. */
function rejection(reason: unknown): Event {
  return Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason });
}

// Issue 17: the open and import calls are fire-and-forget; a failure in them used to show the user nothing.
describe('unexpected failures reach the user', () => {
  it('as an error notice naming the file, or in general, with the reason cut short', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store } = testStore();
    reportUnexpectedError(store, new RangeError('Maximum call stack size exceeded'), 'project.samenhang.json');
    reportUnexpectedError(store, 'x'.repeat(500));
    const [named, general] = store.getState().notices;
    expect(named).toMatchObject({
      kind: 'error',
      key: 'app.notice.fileOpenFailed',
      params: { name: 'project.samenhang.json', message: 'Maximum call stack size exceeded' },
    });
    expect(general).toMatchObject({ kind: 'error', key: 'app.notice.unexpectedError' });
    expect(String(general!.params!.message)).toHaveLength(200);
  });

  it('catches a rejection no one handled until uninstalled', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store } = testStore();
    const uninstall = reportUnhandledRejections(store, window);
    const event = rejection(new Error('worker died'));
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(store.getState().notices.map((n) => n.params?.message)).toEqual(['worker died']);
    uninstall();
    window.dispatchEvent(rejection(new Error('after')));
    expect(store.getState().notices).toHaveLength(1);
  });

  it('in the app: a file from the file manager that fails to store is reported, not dropped', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store, platform, repository } = testStore();
    vi.spyOn(repository, 'saveProject').mockRejectedValue(new Error('disk full'));
    render(<App store={store} />);
    platform.addFile(
      '/docs/voorbeeld.samenhang.json',
      writeProjectFile(smallExample(), {
        savedAt: '2026-03-02T10:00:00.000Z',
        appVersion: '0.1.0',
      }),
    );
    await act(async () => platform.emitOpenFile('/docs/voorbeeld.samenhang.json'));
    expect(
      await screen.findByText('“voorbeeld.samenhang.json” is niet geopend: er ging onverwacht iets mis (disk full).'),
    ).toBeTruthy();
    expect(error).toHaveBeenCalled();
  });

  it('in the app: a rejection from a button or key press becomes a notice', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store } = testStore();
    render(<App store={store} />);
    act(() => {
      window.dispatchEvent(rejection(new Error('reader crashed')));
    });
    expect(await screen.findByText(/Er ging onverwacht iets mis \(reader crashed\)/)).toBeTruthy();
  });
});
