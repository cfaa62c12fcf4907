// Key results by the headline: the example's one budget shortfall shows as a badge beside the
// headline, and the badge jumps to the budget section far down the page.
import { afterAll, describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { exampleScenario, hasChromium, openDashboard, type Served, type Session } from './harness';

describe.skipIf(!hasChromium)('headline badges in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('shows "1 budgettekort" by the headline and jumps to the budgets section', async () => {
    ({ served, session } = await openDashboard('dash.badge.shortfall.one'));
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
});
