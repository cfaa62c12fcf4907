// axe-core on every view of the built app in Chromium, with the app's CSP left as it ships: the
// script is evaluated through the debugging protocol (an inline script tag would be refused by
// script-src 'self'). Any critical or serious violation fails; colour contrast is among the rules.
// The same walk stores screenshots of each view at three screen sizes in test-artifacts/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, openDashboard, root, screenshotPath, type Served, type Session } from './harness';

const POLL = { timeout: 15_000 };
const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface Found { id: string; impact: string | null; nodes: { target: unknown[] }[] }

async function scan(page: Page, view: string): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const r = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Found[]; incomplete: Found[] }> } }).axe;
    const res = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    return { violations: res.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })),
      unsure: res.incomplete.filter((v) => v.id === 'color-contrast').reduce((n, v) => n + v.nodes.length, 0) };
  });
  console.log(`axe ${view}: ${r.violations.map((v) => `${v.id}(${v.impact}, ${v.nodes.length})`).join(' ') || 'no violations'}; contrast undecided on ${r.unsure} nodes`);
  return r.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${view}: ${v.id} ${v.impact} at ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

async function toCompare(page: Page) {
  await page.click('[data-testid=snapshot]');
  await expect.poll(() => page.locator('[data-testid=doc-tab]').count(), POLL).toBe(2);
  await page.click('[data-testid=view-compare]');
  const boxes = page.locator('.compare-choose input[type=checkbox]');
  for (const i of [0, 1]) if (!(await boxes.nth(i).isChecked())) await boxes.nth(i).check();
  await page.locator('[data-testid=compare-results]').waitFor(POLL);
}

describe.skipIf(!hasChromium)('accessibility of every view in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('has no critical or serious axe violation on dashboard, inputs, problems, compare and presentation', async () => {
    ({ served, session } = await openDashboard('outdated.label'));
    const page = session.page;
    const bad: string[] = [];
    await page.locator('[data-chart="map"] svg.kk-map').waitFor(POLL);
    bad.push(...await scan(page, 'dashboard'));
    await page.click('[data-testid=view-inputs]');
    await page.locator('#sheet-panel').waitFor();
    bad.push(...await scan(page, 'inputs'));
    await page.click('[data-testid=view-problems]');
    bad.push(...await scan(page, 'problems'));
    await toCompare(page);
    bad.push(...await scan(page, 'compare'));
    await page.click('[data-testid=view-dashboard]');
    await page.click('[data-testid=present]');
    await page.locator('.presentation').waitFor(POLL);
    bad.push(...await scan(page, 'presentation'));
    await page.click('[data-testid=present-map]');
    await page.locator('.presentation svg.kk-map').waitFor(POLL);
    bad.push(...await scan(page, 'presentation map'));
    await page.keyboard.press('Escape');
    expect(bad).toEqual([]);
  }, 240_000);

  it('stores screenshots of each view at 1280×720, 1440×900 and 1920×1080', async () => {
    const page = session!.page;
    for (const [w, h] of [[1280, 720], [1440, 900], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.click('[data-testid=view-dashboard]');
      await page.locator('.kk-headline-card').first().waitFor(POLL);
      await page.screenshot({ path: screenshotPath(`views-dashboard-${w}x${h}`) });
      await page.click('[data-testid=view-inputs]');
      await page.screenshot({ path: screenshotPath(`views-inputs-${w}x${h}`) });
      await page.click('[data-testid=view-compare]');
      await page.screenshot({ path: screenshotPath(`views-compare-${w}x${h}`) });
      await page.click('[data-testid=view-dashboard]');
      await page.click('[data-testid=present]');
      await page.locator('.presentation').waitFor(POLL);
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath(`views-presentation-${w}x${h}`) });
      await page.keyboard.press('Escape');
      await page.locator('.presentation').waitFor({ state: 'detached', ...POLL });
    }
  }, 240_000);
});
