// The printed report (Ctrl+P; in the desktop app "Report as PDF", which prints this same page with
// printToPDF) in real Chromium on the built app: only on paper, a title with the scenario's name and
// the date, the party table with its co-financing, and at the end the method in one paragraph and the
// provenance stamp, whose input hash is the one the engine computes in Node for the same workbook.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { exampleScenario, hasChromium, openDashboard, screenshotPath, type Served, type Session } from './harness';

describe.skipIf(!hasChromium)('the printed report', () => {
  let served: Served;
  let s: Session;

  beforeAll(async () => {
    ({ served, session: s } = await openDashboard('ui.report.stamp'));
  }, 300_000);

  afterAll(async () => {
    await s?.close();
    await served?.close();
  });

  it('shows title, co-financing, method and provenance on paper only', async () => {
    const { page } = s;
    const scenario = exampleScenario();
    const result = compute(scenario);
    expect(await page.locator('[data-report="header"]').isVisible()).toBe(false);
    expect(await page.locator('[data-report="footer"]').isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    const header = page.locator('[data-report="header"]');
    expect(await header.isVisible()).toBe(true);
    expect(await header.locator('h1').textContent()).toBe(`Koppelkans – businesscase ${scenario.settings.name}`);
    const stamp = (await page.locator('[data-report="stamp"]').textContent()) ?? '';
    expect(stamp).toContain(`invoer (SHA-256) ${result.meta.input}`);
    expect(stamp).toContain(`methode ${result.meta.method}, Koppelkans ${result.meta.app}`);
    const method = (await page.locator('[data-report="footer"] p').first().textContent()) ?? '';
    expect(method).toContain(`over ${scenario.settings.horizonYears} jaar vanaf ${scenario.settings.baseYear}`);
    expect(await page.locator('[data-section="parties"] [data-cof="paid"]').count()).toBe(scenario.parties.length);
    // No uncertainty run yet: its panel (only controls) is left off the paper.
    expect(await page.locator('[data-testid=uncertainty-panel]').isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('report-print-media'), fullPage: true });

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(screenshotPath('report').replace(/\.png$/, '.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(await header.isVisible()).toBe(false);
    expect(s.errors).toEqual([]);
  }, 120_000);
});
