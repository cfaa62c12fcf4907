// Compare in Chromium: two scenarios open are compared at once (the active one and the one before
// it), their waterfalls stand side by side on one scale, each party's saving is shown in both with
// the difference, settings read as labels with units in Dutch formats, and two scenarios without a
// single shared id say so in one line. Screenshots at 1280×720 and 1920×1080 go to test-artifacts/.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatEuro } from '../../engine/i18n/index';
import { compute } from '../../engine/compute';
import { writeWorkbook } from '../../engine/workbook/write';
import type { Scenario } from '../../engine/scenario/schema';
import { applyWhatIf } from '../../renderer/dashboard/whatif';
import { exampleScenario, hasChromium, openDashboard, screenshotPath, type Served, type Session } from './harness';

const POLL = { timeout: 20_000 };
const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const euro = (v: number) => norm(formatEuro('nl', v, 0));

/** The scenario with every id (and every reference to one) given a prefix: nothing is shared. */
function renamed(sc: Scenario, prefix: string): Scenario {
  const ids = new Set<string>();
  for (const sheet of ['neighbourhoods', 'parties', 'works', 'variants', 'bundles', 'coFinancing'] as const) {
    for (const r of sc[sheet] as { id: string }[]) ids.add(r.id);
  }
  const json = JSON.stringify(sc, (_k, v: unknown) => (typeof v === 'string' && ids.has(v) ? `${prefix}${v}` : v));
  return JSON.parse(json) as Scenario;
}

async function cellTexts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allInnerTexts()).map(norm);
}

describe.skipIf(!hasChromium)('compare in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  const example = exampleScenario();
  const modified = applyWhatIf(example, { settings: { bundleMode: 'none' }, residentShareMultiplier: 1 });

  it('preselects the active and the previous scenario and compares them at once', async () => {
    ({ served, session } = await openDashboard('compare.noSharedRows', { ready: '.kk-headline-card' }));
    const page = session.page;
    await page.selectOption('#kk-wi-bundleMode', 'none');
    await page.click('[data-testid=snapshot]');
    await expect.poll(() => page.locator('[data-testid=doc-tab]').count(), POLL).toBe(2);
    // The original goes back to its own inputs; the snapshot keeps the what-if as inputs.
    await page.locator('[data-testid=doc-tab]').first().click();
    await page.locator('.kk-whatif button.kk-btn').first().click();
    await page.click('[data-testid=view-compare]');
    const boxes = page.locator('.compare-choose input[type=checkbox]');
    expect(await boxes.count()).toBe(2);
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(true);
    await page.locator('[data-testid=compare-results]').waitFor(POLL);
  }, 240_000);

  it('shows both waterfalls side by side on one value axis', async () => {
    const page = session!.page;
    const charts = page.locator('[data-testid=compare-waterfalls] [data-chart^=compare-waterfall-]');
    await expect.poll(() => charts.count(), POLL).toBe(2);
    for (const i of [0, 1]) await charts.nth(i).locator('svg.recharts-surface').first().waitFor(POLL);
    const names = await page.locator('[data-testid=doc-tab]').allInnerTexts();
    expect(norm(await charts.nth(0).locator('h2').innerText())).toContain(norm(names[0]!).replace(/\s*•$/, ''));
    const ticks = (i: number) => page.locator(`[data-chart=compare-waterfall-${i}] .recharts-yAxis-tick-labels text`)
      .evaluateAll((ts) => ts.map((x) => x.textContent ?? ''));
    await expect.poll(async () => (await ticks(0)).length, POLL).toBeGreaterThan(1);
    expect(await ticks(1)).toEqual(await ticks(0));
    const [a, b] = await Promise.all([charts.nth(0).boundingBox(), charts.nth(1).boundingBox()]);
    // Side by side at 1280 px: the same row, not one under the other.
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
  }, 60_000);

  it('compares each party\'s saving in both, by display name, with the difference', async () => {
    const page = session!.page;
    const ra = compute(example);
    const rb = compute(modified);
    const table = page.locator('[data-testid=compare-parties]');
    await table.waitFor(POLL);
    for (const p of ra.parties) {
      const row = table.locator(`tr[data-party="${p.id}"]`);
      expect(norm(await row.locator('th').innerText())).toBe(p.name);
      const q = rb.parties.find((x) => x.id === p.id)!;
      const cells = (await row.locator('td').allInnerTexts()).map(norm);
      const diff = Math.round((q.saving - p.saving) * 100) / 100;
      expect(cells).toEqual([euro(p.saving), euro(q.saving), diff === 0 ? euro(0) : `${diff > 0 ? '+' : ''}${euro(diff)}`]);
    }
    expect(ra.parties.some((p) => p.saving !== rb.parties.find((x) => x.id === p.id)!.saving)).toBe(true);
  }, 60_000);

  it('names settings by label, with units and Dutch number formats', async () => {
    const page = session!.page;
    const rate = page.locator('[data-testid=compare-settings] tr[data-setting=discountRate]');
    expect(norm(await rate.locator('th').innerText())).toBe('Discontovoet');
    expect(await cellTexts(page, '[data-testid=compare-settings] tr[data-setting=discountRate] td')).toEqual(['2,25%', '2,25%']);
    const mode = page.locator('[data-testid=compare-settings] tr.differs[data-setting=bundleMode]');
    expect(norm(await mode.locator('th').innerText())).toMatch(/^Bundelen/);
    expect(await cellTexts(page, '[data-testid=compare-settings] tr[data-setting=bundleMode] td')).toEqual(['Optimaal', 'Geen']);
    expect(await cellTexts(page, '[data-testid=compare-settings] tr[data-setting=tenderFixed] td'))
      .toEqual([euro(example.settings.tenderFixed), euro(example.settings.tenderFixed)]);
    const keys = await cellTexts(page, '[data-testid=compare-settings] tbody th');
    expect(keys.filter((k) => /^[a-z]+[A-Z]/.test(k))).toEqual([]);
  }, 60_000);

  it('stores screenshots of compare at 1280×720 and 1920×1080 with nothing cut off', async () => {
    const page = session!.page;
    for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(400);
      await page.screenshot({ path: screenshotPath(`compare-${w}x${h}`) });
      await page.screenshot({ path: screenshotPath(`compare-${w}x${h}-full`), fullPage: true });
      // No part of the comparison is wider than the window (nothing cut off at the right).
      const over = await page.evaluate(() => [...document.querySelectorAll('.compare > *, .compare-waterfall')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((el) => el.className));
      expect(over).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }, 60_000);

  it('says in one line that two scenarios share no row, instead of listing every id', async () => {
    const page = session!.page;
    const other = renamed(example, 'x-');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({ name: 'elders.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(writeWorkbook(other, { lang: 'nl' })) });
    await page.locator('[data-testid=doc-tab]', { hasText: 'elders' }).waitFor(POLL);
    await page.click('[data-testid=view-compare]');
    // The new active scenario and the one before it are compared.
    const checked = await page.locator('.compare-choose label').evaluateAll((ls) => ls.filter((l) => l.querySelector('input')?.checked).map((l) => l.textContent?.trim()));
    expect(checked).toHaveLength(2);
    expect(checked).toContain('elders');
    await page.locator('[data-testid=compare-no-shared]').waitFor(POLL);
    expect(await page.locator('[data-testid=compare-rows]').count()).toBe(0);
    expect(await page.locator('[data-testid=compare-no-shared]').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('compare-no-shared-1280x720'), fullPage: true });
    expect(session!.errors).toEqual([]);
  }, 60_000);

  it('reads the same in English, with English number formats', async () => {
    const page = session!.page;
    await page.selectOption('[data-testid=language]', 'en');
    const rate = page.locator('[data-testid=compare-settings] tr[data-setting=discountRate]');
    await expect.poll(async () => norm(await rate.locator('th').innerText()), POLL).toBe('Discount rate');
    expect(await cellTexts(page, '[data-testid=compare-settings] tr[data-setting=discountRate] td')).toEqual(['2.25%', '2.25%']);
    expect(norm(await page.locator('[data-testid=compare-no-shared]').innerText())).toMatch(/^These scenarios have no row in common/);
    expect(norm(await page.locator('#compare-parties-title').innerText())).toBe('Saving per party (financial, present value)');
    for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath(`compare-en-${w}x${h}-full`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(session!.errors).toEqual([]);
  }, 60_000);
});
