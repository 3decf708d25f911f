// Screenshots of the running web app for a person to look at: node scripts/dev/screenshot.mjs <url> <out.png> [w] [h] [steps-json]
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import args from '../../test/e2e/chromiumArgs.json' with { type: 'json' };

const [url = 'http://127.0.0.1:5173/', out = '/tmp/shot.png', w = '1366', h = '768', steps = '[]'] =
  process.argv.slice(2);
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shot-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: Number(w), height: Number(h) },
  args,
});
const page = ctx.pages()[0] ?? (await ctx.newPage());
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(url);
await page.waitForTimeout(1200);
for (const s of JSON.parse(steps)) {
  if (s.click)
    await page
      .getByRole(s.role ?? 'button', { name: s.click, exact: s.exact ?? false })
      .first()
      .click();
  if (s.select) await page.getByLabel(s.label, { exact: true }).selectOption(s.select);
  if (s.press) await page.keyboard.press(s.press);
  if (s.scroll) await page.mouse.wheel(0, s.scroll);
  await page.waitForTimeout(s.wait ?? 400);
}
await page.screenshot({ path: out, fullPage: false });
if (errors.length) console.log('page errors:', errors.join('\n'));
await ctx.close();
