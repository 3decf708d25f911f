import { describe, expect, it } from 'vitest';
import { viewMenuLabels } from '../../../electron/main/menuLabels';
import { viewIds } from '../../../shared/ipc/contract';
import { VIEW_LIST } from '../../../renderer/views/viewIds';
import nlApp from '../../../renderer/i18n/locales/nl/app.json';
import enApp from '../../../renderer/i18n/locales/en/app.json';

describe('view list and the native menu', () => {
  it('lists the views the menu lists, in the same order', () => {
    expect(VIEW_LIST.map((v) => v.id)).toEqual([...viewIds]);
  });

  it.each([
    ['nl', nlApp],
    ['en', enApp],
  ] as const)('the menu names each view as its %s tab does', (locale, catalogue) => {
    const tabs = catalogue as Record<string, string>;
    for (const view of VIEW_LIST) {
      const tab = tabs[view.labelKey.replace(/^app\./, '')];
      expect(tab, view.labelKey).toBeDefined();
      expect(viewMenuLabels[locale][view.id], view.id).toBe(tab);
    }
  });
});
