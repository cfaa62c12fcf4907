// A what-if slider dragged on a 5,000-work city in the built app in real Chromium: while it moves
// the headline shows the result for the plan on screen ("plan vastgehouden") and its numbers
// follow the slider; once it stops, the re-planned result from the worker arrives and says what
// re-planning changed. The held plan's evaluator data comes from the worker, never gathered on the
// page. No page errors.
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../engine/workbook/write';
import { generateCity } from '../../../scenarios/generate-city';
import { builtWith, hasChromium, launch, serve, type Served, type Session } from '../harness';

const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const city = generateCity({ seed: 11, neighbourhoods: 10, worksPerNeighbourhood: 500, horizonYears: 40 });
const savingSel = '.kk-headline-card[data-perspective="financial"] .kk-saving .kk-amount';

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
    expect(s.errors).toEqual([]);
  }, 400_000);
});
