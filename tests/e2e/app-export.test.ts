// The results export from the built interface in real Chromium: the formula workbook (issue 8)
// caught as a download, read with SheetJS, its Comparison sheet live formulas whose cached values
// are the engine's summary JSON; a scenario above the page's limit written in the engine worker
// with a busy state; and after an uncertainty run (issue 7) the values workbook holds the
// tornado, Monte Carlo and break-even sheets. No CSP violation anywhere: both workers go
// zod-jitless before any schema is built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { t } from '../../engine/i18n/index';
import '../../engine/i18n/formulas';
import '../../engine/i18n/results';
import '../../engine/i18n/uncertainty';
import '../../engine/i18n/ui';
import { compute } from '../../engine/compute';
import { toSummaryJson, type SummaryJson } from '../../engine/model/summary';
import { writeWorkbook } from '../../engine/workbook/write';
import { generateCity } from '../../scenarios/generate-city';
import { comparisonFigures } from '../formulas/helpers';
import { exampleScenario, hasChromium, launch, screenshotPath, serve, type Served, type Session } from './harness';

const saving = (page: Page) => page.locator('.kk-headline-card[data-perspective="financial"] .kk-saving .kk-amount').first();


/** Records CSP violations and every busy text the page shows, from the first script on. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { kkViolations: string[]; kkBusy: string[] };
    w.kkViolations = [];
    w.kkBusy = [];
    document.addEventListener('securitypolicyviolation', (e) => w.kkViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-testid=busy]')) w.kkBusy.push((el as HTMLElement).innerText);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { kkViolations: string[] }).kkViolations);
const busyTexts = (page: Page) => page.evaluate(() => (window as unknown as { kkBusy: string[] }).kkBusy);

/** Opens the export menu, picks a form and returns the downloaded workbook. */
async function exportResults(page: Page, form: 'values' | 'formulas'): Promise<{ name: string; wb: XLSX.WorkBook }> {
  await page.click('[data-testid=export-results]');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`[data-testid=export-${form}]`)]);
  const wb = XLSX.read(readFileSync(await download.path()), { cellFormula: true });
  return { name: download.suggestedFilename(), wb };
}

const cents = (v: number) => Math.round(v * 100);

/** The Comparison sheet's cached figures against the engine's summary JSON, and formulas behind them. */
function expectComparison(wb: XLSX.WorkBook, json: SummaryJson) {
  const name = t('nl', 'formulas.sheet.comparison');
  expect(wb.SheetNames[0]).toBe(name);
  const ws = wb.Sheets[name]!;
  for (const a of ['B4', 'C4', 'B5', 'B6', 'B7', 'B10', 'B13', 'C13']) expect(ws[a]?.f, `${a} is a formula`).toBeTruthy();
  const got = comparisonFigures(wb, 'nl', json.parties.length);
  expect(got.steps).toEqual(json.steps.map((s) => ({ financial: cents(s.financialPV), societal: cents(s.societalPV) })));
  const savings = Object.fromEntries(Object.entries(json.savings).map(([k, v]) => [k, { financial: cents(v.financial), societal: cents(v.societal) }]));
  expect(got.savings).toEqual(savings);
  expect(got.parties.map((p) => ({ id: p.id, saving: p.saving }))).toEqual(json.parties.map((p) => ({ id: p.id, saving: cents(p.saving) })));
}

describe.skipIf(!hasChromium)('results export in Chromium', () => {
  let server: Served;
  let s: Session | undefined;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    await s?.close().catch(() => {});
    s = undefined;
  });

  it('exports the formula workbook: Comparison formulas with the engine JSON as cached values', async () => {
    s = await launch();
    const { page } = s;
    await watch(page);
    await page.goto(server.url);
    await saving(page).waitFor({ timeout: 60_000 });
    const { name, wb } = await exportResults(page, 'formulas');
    expect(name).toBe('vier-testwijken resultaten met formules.xlsx');
    expectComparison(wb, toSummaryJson(compute(exampleScenario())));
    // No uncertainty sheets without a run.
    expect(wb.SheetNames).not.toContain(t('nl', 'unc.sheet.tornado'));
    expect(await violations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 120_000);

  it('writes a big scenario\'s formula workbook in the worker, with a busy state', async () => {
    // 500 works: above the page's synchronous limit (400), small enough for a light run.
    const city = generateCity({ seed: 11, neighbourhoods: 2, worksPerNeighbourhood: 250, horizonYears: 30 });
    s = await launch();
    const { page } = s;
    await watch(page);
    await page.goto(server.url);
    await saving(page).waitFor({ timeout: 60_000 });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({ name: 'stad.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(writeWorkbook(city, { lang: 'nl' })) });
    await page.locator('[data-testid=doc-tab]', { hasText: 'stad' }).waitFor();
    await page.locator('[data-testid=busy]').waitFor({ state: 'detached', timeout: 120_000 });
    await expect.poll(() => page.locator('[data-testid=export-results]').isEnabled(), { timeout: 60_000 }).toBe(true);
    const { name, wb } = await exportResults(page, 'formulas');
    expect(name).toBe('stad resultaten met formules.xlsx');
    const writing = t('nl', 'ui.export.writing');
    expect((await busyTexts(page)).some((x) => x.startsWith(writing)), (await busyTexts(page)).join(' | ')).toBe(true);
    expectComparison(wb, toSummaryJson(compute(city)));
    expect(await violations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 240_000);

  it('after an uncertainty run the values workbook holds the tornado, Monte Carlo and break-even sheets', async () => {
    s = await launch();
    const { page } = s;
    await watch(page);
    await page.goto(server.url);
    await saving(page).waitFor({ timeout: 60_000 });
    const panel = page.locator('[data-testid=uncertainty-panel]');
    // A light run: 400 draws.
    await panel.locator('input[type=number]').first().fill('400');
    await panel.locator('[data-testid=unc-run]').click();
    await panel.locator('[data-testid=unc-results]').waitFor({ timeout: 120_000 });
    const p50Text = await panel.locator('[data-testid=unc-p50]').innerText();
    await page.click('[data-testid=export-results]');
    await expect(page.locator('[data-testid=export-values]').innerText()).resolves.toContain('Omslagpunten');
    await page.screenshot({ path: screenshotPath('app-export-menu') });
    await page.keyboard.press('Escape');
    const { name, wb } = await exportResults(page, 'values');
    expect(name).toBe('vier-testwijken resultaten.xlsx');
    const unc = ['tornado', 'montecarlo', 'breakEven'].map((k) => t('nl', `unc.sheet.${k}`));
    for (const sheet of unc) expect(wb.SheetNames).toContain(sheet);
    expect(wb.SheetNames[0]).toBe(t('nl', 'results.sheet.summary'));
    // The sheets hold this run: its iteration count, and the P50 the panel shows.
    const mc = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[unc[1]!]!, { header: 1 });
    expect(mc.find((r) => r[0] === t('nl', 'unc.mc.iterations'))?.[1]).toBe(400);
    const p50 = mc.find((r) => r[0] === t('nl', 'unc.mc.p50'))?.[1] as number;
    expect(p50Text.replace(/\D/g, '')).toBe(String(Math.abs(Math.round(p50))));
    // Every ranged setting has its break-even row.
    const be = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[unc[2]!]!, { header: 1 });
    expect(be.length - 1).toBe(4);
    await page.screenshot({ path: screenshotPath('app-export-uncertainty') });

    // A changed input is another scenario: its export leaves the old run's sheets out.
    // (On a loaded machine the example may be recomputed in the worker: wait for its result.)
    await page.selectOption('#kk-wi-allocationRule', 'equal');
    await page.locator('[data-testid=busy]').waitFor({ state: 'detached', timeout: 60_000 });
    const after = await exportResults(page, 'values');
    for (const sheet of unc) expect(after.wb.SheetNames).not.toContain(sheet);
    expect(await violations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 240_000);
});
