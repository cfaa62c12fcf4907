// A workbook keeps its own language, in Chromium (browser build, saving is a download): the Dutch
// example opened under the English interface, edited and saved, is still Dutch; "Save in English"
// writes it in English and makes that its language, also after a reload from the autosave; and a
// Dutch workbook's problems under the English interface name its sheets and columns as the file
// spells them.
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import type { Scenario } from '../../engine/scenario/schema';
import { exampleScenario, hasChromium, openDashboard, screenshotPath, type Served, type Session } from './harness';

const POLL = { timeout: 20_000 };
const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Saves by `act` and reads back what was downloaded: sheet names, the Works headers, the scenario. */
async function saved(page: Page, act: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), act()]);
  const bytes = new Uint8Array(readFileSync(await download.path()));
  const wb = XLSX.read(bytes);
  const works = wb.Sheets[wb.SheetNames.find((n) => n === 'Werken' || n === 'Works')!]!;
  const headers = (XLSX.utils.sheet_to_json<string[]>(works, { header: 1 })[0] ?? []).map(String);
  const back = readWorkbook(bytes);
  if (!back.ok) throw new Error(`saved workbook does not read: ${back.problems.map((p) => p.code).join(', ')}`);
  return { name: download.suggestedFilename(), sheets: wb.SheetNames, headers, lang: back.lang, scenario: back.scenario };
}

describe.skipIf(!hasChromium)('a workbook keeps its own language in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('saves a Dutch workbook edited under the English interface in Dutch', async () => {
    ({ served, session } = await openDashboard('wblang.savedIn', { ready: '.kk-headline-card' }));
    const page = session.page;
    await page.selectOption('[data-testid=language]', 'en');
    await expect.poll(() => page.locator('[data-testid=view-dashboard]').innerText(), POLL).toBe('Results');
    await page.click('[data-testid=view-inputs]');
    await page.click('#sheet-tab-settings');
    const cell = page.locator('#cell-settings-0-siteFixed');
    await cell.fill('12345.5');
    await cell.press('Enter');
    expect(await page.getAttribute('[data-testid=save]', 'data-lang')).toBe('nl');
    const s = await saved(page, () => page.keyboard.press('Control+s'));
    expect(s.name).toBe('vier-testwijken.xlsx');
    expect(s.lang).toBe('nl');
    expect(s.sheets).toEqual(expect.arrayContaining(['Instellingen', 'Wijken', 'Partijen', 'Werken']));
    expect(s.sheets).not.toContain('Works');
    expect(s.headers).toEqual(expect.arrayContaining(['wijk']));
    expect(s.headers).not.toContain('neighbourhood');
    expect(s.scenario.settings.siteFixed).toBe(12345.5);
    // The toolbar button says so too.
    expect(await page.locator('[data-testid=save]').getAttribute('title')).toContain('in Dutch');
  }, 240_000);

  it('"Save in English" writes English, says so, and Save keeps English from then on', async () => {
    const page = session!.page;
    const button = page.locator('[data-testid=save-in-lang]');
    expect(await button.getAttribute('data-lang')).toBe('en');
    expect(norm(await button.innerText())).toBe('Save in English…');
    const s = await saved(page, () => button.click());
    expect(s.lang).toBe('en');
    expect(s.sheets).toEqual(expect.arrayContaining(['Settings', 'Neighbourhoods', 'Parties', 'Works']));
    expect(s.sheets).not.toContain('Werken');
    expect(s.headers).toEqual(expect.arrayContaining(['neighbourhood']));
    expect(s.scenario.settings.siteFixed).toBe(12345.5);
    await expect.poll(() => page.locator('[data-testid=notice]').innerText(), POLL).toContain('in English');
    expect(await page.getAttribute('[data-testid=save]', 'data-lang')).toBe('en');
    expect(await button.getAttribute('data-lang')).toBe('nl');
    // Under the Dutch interface, Save still writes the workbook's language: English now.
    await page.selectOption('[data-testid=language]', 'nl');
    const again = await saved(page, () => page.keyboard.press('Control+s'));
    expect(again.lang).toBe('en');
    expect(again.sheets).toContain('Works');
  }, 60_000);

  it('keeps the workbook language through the autosave and a reload', async () => {
    const page = session!.page;
    // An unsaved edit, so the autosave is written and the reload asks nothing of the user.
    await page.click('[data-testid=view-inputs]');
    await page.click('#sheet-tab-settings');
    await page.locator('#cell-settings-0-siteFixed').fill('22222');
    await page.locator('#cell-settings-0-siteFixed').press('Enter');
    await page.waitForTimeout(1000);
    page.once('dialog', (d) => void d.accept());
    await page.reload();
    await page.locator('.kk-headline-card').first().waitFor(POLL);
    expect(await page.getAttribute('[data-testid=save]', 'data-lang')).toBe('en');
    const s = await saved(page, () => page.keyboard.press('Control+s'));
    expect(s.lang).toBe('en');
    expect(s.scenario.settings.siteFixed).toBe(22222);
  }, 60_000);

  it('names a Dutch workbook\'s sheets and columns as the file spells them, under the English interface', async () => {
    const page = session!.page;
    await page.selectOption('[data-testid=language]', 'en');
    const sc = exampleScenario();
    const bad: Scenario = { ...sc, works: sc.works.map((w, i) => (i === 2 ? { ...w, neighbourhood: 'Nergenshuizen' } : w)) };
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({ name: 'fout.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(writeWorkbook(bad, { lang: 'nl' })) });
    const item = page.locator('[data-testid=problem-item]', { hasText: 'Nergenshuizen' }).first();
    await item.waitFor(POLL);
    const where = norm(await item.locator('.where').innerText());
    // Dutch names of the user's own file, English words around them.
    expect(where).toMatch(/^Werken, row 4, column [A-Z]+ \(wijk\)$/);
    expect(norm(await item.locator('.message').innerText())).toBe('The neighbourhood "Nergenshuizen" does not exist on the Wijken sheet.');
    expect(session!.errors).toEqual([]);
  }, 60_000);

  it('shows the save buttons whole and apart at 1280×720 and 1920×1080, in both languages', async () => {
    const page = session!.page;
    for (const lang of ['nl', 'en'] as const) {
      await page.selectOption('[data-testid=language]', lang);
      for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
        await page.setViewportSize({ width: w, height: h });
        await page.waitForTimeout(200);
        await page.screenshot({ path: screenshotPath(`toolbar-save-${lang}-${w}x${h}`), clip: { x: 0, y: 0, width: w, height: 160 } });
        const boxes = await page.locator('.toolbar > button, .toolbar > .export-menu, .toolbar > label').evaluateAll((els) =>
          els.map((e) => { const r = e.getBoundingClientRect(); return { l: r.left, r: r.right, t: r.top, b: r.bottom, w: (e as HTMLElement).scrollWidth, cw: (e as HTMLElement).clientWidth }; }));
        for (const [i, a] of boxes.entries()) {
          expect(a.r, `item ${i} inside the window at ${w}`).toBeLessThanOrEqual(w);
          expect(a.w, `item ${i} text not cut off`).toBeLessThanOrEqual(a.cw + 1);
          for (const b of boxes.slice(i + 1)) expect(a.r <= b.l + 0.5 || b.r <= a.l + 0.5 || a.b <= b.t + 0.5 || b.b <= a.t + 0.5, `items overlap at ${w}`).toBe(true);
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }, 60_000);
});
