// Key results by the headline: the example's one budget shortfall shows as a badge beside the
// headline, and the badge jumps to the budget section far down the page.
import { afterAll, describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { formatEuro } from '../../engine/i18n/index';
import { exampleScenario, hasChromium, openDashboard, type Served, type Session } from './harness';

describe.skipIf(!hasChromium)('headline badges in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('shows "1 budgettekort" by the headline and jumps to the budgets section', async () => {
    ({ served, session } = await openDashboard('badge.shortfall.one'));
    const page = session.page;
    expect(compute(exampleScenario()).budgets?.shortfalls.length).toBe(1);
    const badge = page.locator('[data-badge=budgets]');
    await badge.waitFor({ timeout: 15_000 });
    expect((await badge.innerText()).replace(/⚠\s*/, '').trim()).toBe('1 budgettekort');
    // Near the headline: within the first screen.
    expect((await badge.boundingBox())!.y).toBeLessThan(720);
    const section = page.locator('[data-section=budgets]');
    expect((await section.boundingBox())!.y).toBeGreaterThan(720);
    await badge.click();
    await expect.poll(async () => (await section.boundingBox())!.y, { timeout: 5_000 }).toBeLessThan(200);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kk-budgets-title');
    expect(session.errors).toEqual([]);
  }, 180_000);

  it('Inputs shows a compact live headline that follows an edit', async () => {
    const page = session!.page;
    await page.click('[data-testid=view-inputs]');
    const saving = page.locator('[data-testid=live-headline] [data-perspective=financial] strong');
    const norm = (x: string) => x.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    const sc = exampleScenario();
    expect(norm(await saving.innerText())).toBe(norm(formatEuro('nl', compute(sc).savings.total.financial, 0)));
    await page.click('#sheet-tab-settings');
    const cell = page.locator('#cell-settings-0-tenderFixed');
    await cell.fill('1.250.000');
    await cell.press('Enter');
    const edited = { ...sc, settings: { ...sc.settings, tenderFixed: 1_250_000 } };
    await expect.poll(async () => norm(await saving.innerText()), { timeout: 15_000 })
      .toBe(norm(formatEuro('nl', compute(edited).savings.total.financial, 0)));
    expect(session!.errors).toEqual([]);
  }, 120_000);
});
