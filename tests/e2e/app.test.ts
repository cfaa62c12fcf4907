// The built interface in real Chromium (playwright-core, Debian's /usr/bin/chromium), served on
// 127.0.0.1: open the example, import by picker and drop, edit, problems, snapshot and compare,
// language, presentation, export and re-import, keyboard only. Screenshots at 1280×720 go to
// test-artifacts/ for a human look.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatEuro } from '../../engine/i18n/index';
import { compute } from '../../engine/compute';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import type { Scenario } from '../../engine/scenario/schema';
import { exampleScenario, hasChromium, launch, screenshotPath, serve, type Served, type Session } from './harness';

// Results may come from the compute worker (a busy machine measures the example as slow):
// polls wait for them rather than expecting them in the same frame.
const POLL = { timeout: 15_000 };
const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();


const headlineSaving = (page: Page, perspective = 'financial') =>
  page.locator(`.kk-headline-card[data-perspective="${perspective}"] .kk-saving .kk-amount`).first();

async function savingText(page: Page): Promise<string> {
  return norm(await headlineSaving(page).innerText());
}

async function ready(page: Page, url: string) {
  await page.goto(url);
  await headlineSaving(page).waitFor({ timeout: 60_000 });
}

if (!hasChromium) console.warn('e2e: /usr/bin/chromium not found, browser tests skipped');

describe.skipIf(!hasChromium)('workbench in Chromium', () => {
  let server: Served;
  let s: Session;
  const engineSaving = () => compute(exampleScenario()).savings.total.financial;

  beforeAll(async () => {
    server = await serve();
  });
  afterAll(async () => {
    await server?.close();
  });
  // A failed test leaves its browser open: close it so the next test starts clean.
  afterEach(async () => {
    await s?.close().catch(() => {});
  });
  const fresh = async () => {
    s = await launch();
    return s.page;
  };
  const done = async () => {
    const errors = s.errors.slice();
    await s.close();
    expect(errors).toEqual([]);
  };

  it('opens the bundled example with the headline saving the engine computes', async () => {
    const page = await fresh();
    await ready(page, server.url);
    expect(await savingText(page)).toBe(norm(formatEuro('nl', engineSaving(), 0)));
    await expect(page.locator('[data-testid=doc-tab]').first().innerText()).resolves.toContain('vier-testwijken');
    await page.screenshot({ path: screenshotPath('app-dashboard-nl') });
    await done();
  });

  it('imports a workbook by the file picker and by dropping it on the window', async () => {
    const page = await fresh();
    await ready(page, server.url);
    const sc = exampleScenario();
    const other: Scenario = { ...sc, settings: { ...sc.settings, tenderFixed: sc.settings.tenderFixed + 250_000 } };
    const bytes = Buffer.from(writeWorkbook(other, { lang: 'nl' }));
    const expected = norm(formatEuro('nl', compute(other).savings.total.financial, 0));

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({ name: 'duurder.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    await page.locator('[data-testid=doc-tab]', { hasText: 'duurder' }).waitFor();
    await expect.poll(() => savingText(page), POLL).toBe(expected);

    const dt = await page.evaluateHandle((b64) => {
      const bin = atob(b64);
      const u8 = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
      const d = new DataTransfer();
      d.items.add(new File([u8], 'gesleept.xlsx'));
      return d;
    }, bytes.toString('base64'));
    await page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
    await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
    await page.locator('[data-testid=doc-tab]', { hasText: 'gesleept' }).waitFor();
    expect(await page.locator('[data-testid=doc-tab]').count()).toBe(3);
    await expect.poll(() => savingText(page), POLL).toBe(expected);
    await done();
  });

  it('edits a cell, sees the result change, and undoes it', async () => {
    const page = await fresh();
    await ready(page, server.url);
    const before = await savingText(page);
    await page.click('[data-testid=view-inputs]');
    await page.click('#sheet-tab-settings');
    const cell = page.locator('#cell-settings-0-tenderFixed');
    await cell.fill('abc');
    await expect(cell.getAttribute('aria-invalid')).resolves.toBe('true');
    await cell.fill('1.250.000');
    await expect(cell.getAttribute('aria-invalid')).resolves.toBeNull();
    await cell.press('Enter');
    await page.screenshot({ path: screenshotPath('app-inputs-settings') });
    await page.click('#sheet-tab-works');
    await page.screenshot({ path: screenshotPath('app-inputs-works') });
    await page.click('[data-testid=view-dashboard]');
    const sc = exampleScenario();
    const edited = { ...sc, settings: { ...sc.settings, tenderFixed: 1_250_000 } };
    await expect.poll(() => savingText(page), POLL).toBe(norm(formatEuro('nl', compute(edited).savings.total.financial, 0)));
    expect(await savingText(page)).not.toBe(before);
    expect(await page.locator('[data-testid=doc-tab] .dirty').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => savingText(page), POLL).toBe(before);
    await page.keyboard.press('Control+y');
    await expect.poll(() => savingText(page), POLL).not.toBe(before);
    await done();
  });

  it('a bad workbook shows its problems with sheet, row and column, opens, and jumps to the cell', async () => {
    const page = await fresh();
    await ready(page, server.url);
    const sc = exampleScenario();
    const bad: Scenario = { ...sc, works: sc.works.map((w, i) => (i === 2 ? { ...w, neighbourhood: 'Nergenshuizen' } : w)) };
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({ name: 'fout.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(writeWorkbook(bad, { lang: 'nl' })) });
    const items = page.locator('[data-testid=problem-item]');
    await items.first().waitFor();
    const text = norm(await items.allInnerTexts().then((a) => a.join(' | ')));
    expect(text).toContain('Werken');
    expect(text).toContain('rij 4');
    expect(text).toContain('Nergenshuizen');
    expect(text).toContain('kolom');
    // The workbook read, so it is open as a document: nothing loaded is lost, and the problem
    // jumps to the cell to fix.
    await page.locator('[data-testid=doc-tab]', { hasText: 'fout' }).waitFor();
    await page.screenshot({ path: screenshotPath('app-problems-opened') });
    await page.locator('button[data-testid=problem-item]', { hasText: 'Nergenshuizen' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('cell-works-2-neighbourhood');
    await page.locator('#cell-works-2-neighbourhood').fill(sc.works[2]!.neighbourhood);
    await page.locator('#cell-works-2-neighbourhood').press('Enter');
    await page.click('[data-testid=view-dashboard]');
    await expect.poll(() => savingText(page), POLL).toBe(norm(formatEuro('nl', engineSaving(), 0)));
    await page.click('[data-testid=view-problems]');
    // Not a workbook at all.
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser2.setFiles({ name: 'kapot.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('dit is geen zip') });
    await expect.poll(() => page.locator('[data-testid=problem-group]').count(), POLL).toBe(1);
    expect(norm(await page.locator('[data-testid=problem-group]').innerText())).toContain('kapot.xlsx');
    await page.screenshot({ path: screenshotPath('app-problems') });
    await done();
  });

  it('a problem in the current inputs jumps to its cell', async () => {
    const page = await fresh();
    await ready(page, server.url);
    await page.click('[data-testid=view-inputs]');
    const cell = page.locator('#cell-works-3-neighbourhood');
    await cell.fill('Nergens');
    await cell.press('Enter');
    await page.click('[data-testid=view-problems]');
    const item = page.locator('button[data-testid=problem-item]').first();
    await item.waitFor();
    await item.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('cell-works-3-neighbourhood');
    await done();
  });

  it('snapshots a what-if and compares the two side by side', async () => {
    const page = await fresh();
    await ready(page, server.url);
    const before = await savingText(page);
    await page.selectOption('#kk-wi-bundleMode', 'none');
    await expect.poll(() => savingText(page), POLL).not.toBe(before);
    await page.click('[data-testid=snapshot]');
    await expect.poll(() => page.locator('[data-testid=doc-tab]').count(), POLL).toBe(2);
    // Back in the original, the what-if is reset: the snapshot keeps it as its own inputs.
    await page.locator('[data-testid=doc-tab]').first().click();
    await page.locator('.kk-whatif button.kk-btn').first().click();
    await expect.poll(() => savingText(page), POLL).toBe(before);
    await page.click('[data-testid=view-compare]');
    const boxes = page.locator('.compare-choose input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const settingRow = page.locator('[data-testid=compare-settings] tr.differs[data-setting=bundleMode]');
    await settingRow.waitFor();
    const results = page.locator('[data-testid=compare-results]');
    expect(await results.locator('td.differs').count()).toBeGreaterThan(0);
    expect(norm(await results.innerText())).toMatch(/%/);
    await page.screenshot({ path: screenshotPath('app-compare') });
    await done();
  });

  it('switches language: texts and number formats follow', async () => {
    const page = await fresh();
    await ready(page, server.url);
    await page.selectOption('[data-testid=language]', 'en');
    await expect.poll(() => page.locator('[data-testid=view-dashboard]').innerText(), POLL).toBe('Results');
    expect(await savingText(page)).toBe(norm(formatEuro('en', engineSaving(), 0)));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: screenshotPath('app-dashboard-en') });
    // The choice is remembered.
    await page.reload();
    await headlineSaving(page).waitFor();
    expect(await page.locator('[data-testid=view-dashboard]').innerText()).toBe('Results');
    await done();
  });

  it('presents full screen, steps with PageDown, keeps arrows for sliders, and exits with Escape', async () => {
    const page = await fresh();
    await ready(page, server.url);
    await page.click('[data-testid=snapshot]');
    await page.keyboard.press('Control+Shift+P');
    const pres = page.locator('[data-testid=presentation]');
    await pres.waitFor();
    expect(await page.locator('.kk-dashboard.kk-presentation').count()).toBe(1);
    expect(await page.locator('.kk-whatif.kk-presentation').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('app-presentation') });
    const title = () => pres.locator('h1').innerText();
    const first = await title();
    await page.keyboard.press('PageDown');
    await expect.poll(title, POLL).not.toBe(first);
    await page.keyboard.press('PageUp');
    await expect.poll(title, POLL).toBe(first);
    const slider = pres.locator('#kk-wi-sequentialShare');
    const v0 = await slider.inputValue();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.inputValue(), POLL).not.toBe(v0);
    expect(await title()).toBe(first);
    await page.keyboard.press('Escape');
    await pres.waitFor({ state: 'detached' });
    await page.click('[data-testid=present]');
    await pres.waitFor();
    await page.click('[data-testid=present-exit]');
    await pres.waitFor({ state: 'detached' });
    await done();
  });

  it('exports the workbook and re-imports it with the same result', async () => {
    const page = await fresh();
    await ready(page, server.url);
    await page.selectOption('#kk-wi-allocationRule', 'equal');
    await page.click('[data-testid=view-inputs]');
    await page.click('#sheet-tab-settings');
    const cell = page.locator('#cell-settings-0-siteFixed');
    await cell.fill('12345,5');
    await cell.press('Enter');
    await page.click('[data-testid=view-dashboard]');
    const edited = await savingText(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    expect(download.suggestedFilename()).toBe('vier-testwijken.xlsx');
    const path = await download.path();
    const bytes = readFileSync(path);
    const back = readWorkbook(new Uint8Array(bytes));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.scenario.settings.siteFixed).toBe(12345.5);
    // Saved: no unsaved mark any more.
    expect(await page.locator('[data-testid=doc-tab] .dirty').count()).toBe(0);
    // The workbook holds the inputs; the what-if (allocation rule) is not an input.
    await page.click('text=Terug naar scenario').catch(() => {});
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({ name: 'terug.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    await page.locator('[data-testid=doc-tab]', { hasText: 'terug' }).waitFor();
    const expected = norm(formatEuro('nl', compute(back.scenario).savings.total.financial, 0));
    await expect.poll(() => savingText(page), POLL).toBe(expected);
    expect(edited).not.toBe('');
    await done();
  });

  it('restores the workspace from the browser autosave after a reload', async () => {
    const page = await fresh();
    await ready(page, server.url);
    await page.click('[data-testid=snapshot]');
    await expect.poll(() => page.locator('[data-testid=doc-tab]').count(), POLL).toBe(2);
    await page.waitForTimeout(800);
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await headlineSaving(page).waitFor();
    await expect.poll(() => page.locator('[data-testid=doc-tab]').count(), POLL).toBe(2);
    await done();
  });

  it('is usable by keyboard only, with a visible focus', async () => {
    const page = await fresh();
    await ready(page, server.url);
    await page.locator('body').focus();
    const seen: string[] = [];
    let outlineOk = true;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const cs = getComputedStyle(el);
        return { text: (el.innerText || el.getAttribute('aria-label') || el.id || '').trim(), outline: cs.outlineStyle, width: cs.outlineWidth, testid: el.dataset.testid ?? '' };
      });
      if (!info) continue;
      seen.push(info.testid || info.text);
      if (info.outline === 'none' || info.width === '0px') outlineOk = false;
      if (info.testid === 'view-inputs') break;
    }
    expect(outlineOk).toBe(true);
    expect(seen).toContain('open');
    expect(seen).toContain('view-inputs');
    await page.keyboard.press('Enter');
    await page.locator('#sheet-panel').waitFor();
    // Into the first cell of the Works table and change it with the keyboard alone.
    for (let i = 0; i < 20; i++) {
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      if (id.startsWith('cell-works-0-')) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^cell-works-0-/);
    await done();
  });
});
