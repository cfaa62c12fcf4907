// People read names, not ids: the hours and variants tables name each neighbourhood by its own
// name from the scenario, with the id kept in the tooltip; the input grid heads each column with a
// label and its unit, the column's name as the workbook spells it underneath; the tornado names a
// variant by its name.
import { afterAll, describe, expect, it } from 'vitest';
import { fieldLabel } from '../../engine/i18n/fields';
import { exampleScenario, hasChromium, openDashboard, screenshotPath, type Served, type Session } from './harness';

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

  it('heads the Works columns with labels and units, the workbook column name underneath', async () => {
    await session?.close();
    await served?.close();
    ({ served, session } = await openDashboard('outdated.label'));
    const page = session.page;
    await page.click('[data-testid=view-inputs]');
    const head = page.locator('#sheet-panel thead th[data-column="durationDays"]');
    await head.waitFor({ timeout: 30_000 });
    expect((await head.innerText()).replace(/\s+/g, ' ').trim()).toBe('Duur (werkdagen) duurDagen');
    expect(await head.getAttribute('title')).toBe('duurDagen');
    const opened = page.locator('#sheet-panel thead th[data-column="openedArea"]');
    expect((await opened.innerText()).replace(/\s+/g, ' ').trim()).toBe(`${fieldLabel('nl', 'openedArea')} opengebrokenM2`);
    // A cell says which column it is in by the same label.
    expect(await page.locator('#cell-works-0-durationDays').getAttribute('aria-label')).toContain('Duur (werkdagen)');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: screenshotPath('inputs-labels-1280x720') });
    expect(session.errors).toEqual([]);
  }, 180_000);

  it('names a variant by its name in the tornado, not by its id', async () => {
    await session?.close();
    await served?.close();
    ({ served, session } = await openDashboard('outdated.label'));
    const page = session.page;
    const sc = exampleScenario();
    const panel = page.locator('[data-testid=uncertainty-panel]');
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('input[type=number]').first().fill('200');
    await panel.locator('[data-testid=unc-run]').click();
    await panel.locator('[data-testid=unc-results]').waitFor({ timeout: 120_000 });
    // The tornado's input ticks carry their whole label as an SVG title.
    const ticks = await panel.locator('svg g > title').evaluateAll((ts) => ts.map((x) => x.textContent ?? ''));
    const named = sc.variants.filter((v) => v.name && v.name !== v.id);
    expect(named.length).toBeGreaterThan(0);
    const variantTicks = ticks.filter((x) => /variant/i.test(x));
    expect(variantTicks.length).toBeGreaterThan(0);
    expect(variantTicks.some((x) => named.some((v) => x.includes(v.name!)))).toBe(true);
    for (const tick of variantTicks) {
      expect(named.some((v) => tick.includes(v.id) && !tick.includes(v.name!)), `tick "${tick}" names a variant by its id`).toBe(false);
    }
    // Every tick stays inside the chart: none is cut at the axis's left edge.
    const lefts = await panel.locator('svg g:has(> title) > text').evaluateAll((ts) => ts.map((x) => x.getBoundingClientRect().left));
    expect(lefts.length).toBe(ticks.length);
    const chartLeft = await panel.locator('.recharts-wrapper').first().evaluate((e) => e.getBoundingClientRect().left);
    for (const l of lefts) expect(l).toBeGreaterThanOrEqual(chartLeft - 1);
    await panel.screenshot({ path: screenshotPath('tornado-names') });
    expect(session.errors).toEqual([]);
  }, 240_000);
});
