// A what-if slider dragged on a 5,000-work city in the built app in real Chromium: while it moves
// the headline shows the result for the plan on screen ("plan vastgehouden") and its numbers
// follow the slider; once it stops, the re-planned result from the worker arrives and says what
// re-planning changed. Each result shows its first screen (headline, waterfall, cash flow) from
// the worker's first message and its lower sections once the rest came, after it; nothing of a
// result is computed on the page meanwhile, and the held plan's evaluator data comes from the
// worker, never gathered on the page. No page errors.
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../engine/workbook/write';
import { generateCity } from '../../../scenarios/generate-city';
import { arrivalsOf, arrivalsRecorder, type Arrivals } from './arrivals';
import { builtWith, hasChromium, launch, serve, type Served, type Session } from '../harness';

const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const city = generateCity({ seed: 11, neighbourhoods: 10, worksPerNeighbourhood: 500, horizonYears: 40 });
const savingSel = '.kk-headline-card[data-perspective="financial"] .kk-saving .kk-amount';

/** When the first `results` results from the worker showed, once the last one's lower sections did. */
async function arrivals(page: Session['page'], results: number): Promise<Arrivals> {
  await page.waitForFunction((n) => (window as unknown as { __arrivals: Arrivals }).__arrivals.details.length >= n, results, { timeout: 180_000 });
  await page.locator('[data-testid=details-following]').waitFor({ state: 'detached' });
  return arrivalsOf(page);
}

describe.skipIf(!hasChromium)('live what-if on a city in Chromium', () => {
  let server: Served | undefined;
  let s: Session | undefined;
  afterAll(async () => {
    await s?.close().catch(() => {});
    await server?.close();
  });

  it('holds the plan while dragging and shows the re-planned result after release', async () => {
    expect(city.works.length).toBeGreaterThanOrEqual(5000);
    if (!builtWith('plan vastgehouden')) process.env.KK_E2E_REBUILD = '1';
    server = await serve();
    s = await launch();
    const { page } = s;
    await page.addInitScript(arrivalsRecorder);
    await page.goto(server.url);
    await page.locator(savingSel).first().waitFor({ timeout: 30_000 });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({
      name: 'stad.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(writeWorkbook(city, { lang: 'nl' })),
    });
    await page.locator('[data-testid=doc-tab]', { hasText: 'stad' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=busy]') === null
      && document.querySelector('.kk-headline-card .kk-saving .kk-amount') !== null, undefined, { timeout: 180_000 });
    const before = norm(await page.locator(savingSel).first().innerText());
    const opened = await arrivals(page, 1);
    expect(opened.head).toHaveLength(1);
    expect(opened.details[0]).toBeGreaterThan(opened.head[0]!);
    await page.locator('[data-chart="matrix"]').waitFor();

    // Drag by keyboard steps (each an input event, as a pointer drag gives), pointer held down.
    const slider = page.locator('#kk-wi-discountRate');
    await slider.dispatchEvent('pointerdown');
    await slider.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await page.locator('[data-testid=plan-held]').waitFor({ timeout: 10_000 });
    expect(norm(await page.locator('[data-testid=plan-held]').innerText())).toContain('plan vastgehouden');
    const held = norm(await page.locator(savingSel).first().innerText());
    expect(held).not.toBe(before);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => norm(await page.locator(savingSel).first().innerText())).not.toBe(held);
    // The held evaluator's data came from the worker: the page never gathered it (a long task on a city).
    expect(await page.evaluate(() => performance.getEntriesByName('kk:held.compile').length)).toBe(0);

    await slider.dispatchEvent('pointerup');
    await page.locator('[data-testid=replanned]').waitFor({ timeout: 180_000 });
    expect(norm(await page.locator('[data-testid=replanned]').innerText())).toMatch(/opnieuw gepland: \d+ projecten anders/);
    expect(await page.locator('[data-testid=plan-held]').count()).toBe(0);
    const replanned = await arrivals(page, 2);
    expect(replanned.head).toHaveLength(2);
    expect(replanned.details[1]).toBeGreaterThan(replanned.head[1]!);
    // The line saying the details follow stays until the lower sections show them.
    expect(replanned.goneEarly).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('kk:compute.onPage.')).map((m) => m.name))).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 400_000);
});
