// Presentation mode titles the screen with the scenario's own name (Settings: name), not the file name.
import { afterAll, describe, expect, it } from 'vitest';
import { exampleScenario, hasChromium, openDashboard, type Served, type Session } from './harness';

describe.skipIf(!hasChromium)('presentation title in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('shows the scenario name', async () => {
    ({ served, session } = await openDashboard('outdated.label'));
    const page = session.page;
    const name = exampleScenario().settings.name;
    expect(name).not.toBe('vier-testwijken');
    await page.click('[data-testid=present]');
    const h1 = page.locator('.presentation h1');
    await h1.waitFor({ timeout: 15_000 });
    expect((await h1.innerText()).trim()).toBe(name);
    expect(session.errors).toEqual([]);
  }, 120_000);

  it('sizes the waterfall to the screen at 1920×1080', async () => {
    const page = session!.page;
    await page.setViewportSize({ width: 1920, height: 1080 });
    const chart = page.locator('.presentation [data-chart="waterfall"] .recharts-responsive-container, .presentation .recharts-responsive-container').first();
    await expect.poll(async () => (await chart.boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThan(500);
  }, 60_000);
});
