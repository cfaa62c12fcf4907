// People read names, not ids: the hours and variants tables name each neighbourhood by its own
// name from the scenario, with the id kept in the tooltip.
import { afterAll, describe, expect, it } from 'vitest';
import { exampleScenario, hasChromium, openDashboard, type Served, type Session } from './harness';

describe.skipIf(!hasChromium)('display names in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('names neighbourhoods by their name, the id in the tooltip', async () => {
    ({ served, session } = await openDashboard('outdated.label'));
    const page = session.page;
    const sc = exampleScenario();
    const row = page.locator('[data-section="hours"] tr[data-neighbourhood] th, [data-neighbourhood] th').first();
    await row.waitFor({ timeout: 30_000 });
    const id = (await row.getAttribute('title'))!;
    const nb = sc.neighbourhoods.find((n) => n.id === id);
    expect(nb, `a neighbourhood id in the tooltip, got ${id}`).toBeDefined();
    expect((await row.innerText()).trim()).toBe(nb!.name);
    const variantRows = page.locator('[data-section="variants"] tbody th[scope=row]');
    if (await variantRows.count()) {
      const vid = (await variantRows.first().getAttribute('title'))!;
      expect((await variantRows.first().innerText()).trim()).toBe(sc.neighbourhoods.find((n) => n.id === vid)!.name);
    }
    expect(session.errors).toEqual([]);
  }, 180_000);
});
