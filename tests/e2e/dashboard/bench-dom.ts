// `npx tsx tests/e2e/dashboard/bench-dom.ts [--neighbourhoods 10] [--works 500]`: a generated city
// in the built app in Chromium. Prints the dashboard's and the Works sheet's DOM size (elements,
// table rows, page height) and the main-thread long tasks (PerformanceObserver) while a what-if
// slider is dragged by keyboard and while a cell of the Works sheet is typed in. Printed, never
// asserted: the machine is shared and timings vary.
import { writeWorkbook } from '../../../engine/workbook/write';
import { generateCity } from '../../../scenarios/generate-city';
import { launch, serve } from '../harness';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

type Long = { long: number[] };
const watchLongTasks = () => {
  const w = window as unknown as { __long: Long };
  w.__long = { long: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__long.long.push(e.duration); }).observe({ type: 'longtask' });
};

async function main() {
  process.env.NODE_ENV = 'production';
  const city = generateCity({ seed: 11, neighbourhoods: arg('neighbourhoods', 10), worksPerNeighbourhood: arg('works', 500), horizonYears: 40 });
  const served = await serve();
  const s = await launch({ width: 1280, height: 720 });
  const { page } = s;
  try {
    await page.goto(served.url);
    await page.locator('.kk-headline-card .kk-saving .kk-amount').first().waitFor({ timeout: 60_000 });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({ name: 'stad.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(writeWorkbook(city, { lang: 'nl' })) });
    await page.locator('[data-testid=doc-tab]', { hasText: 'stad' }).waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid=busy]') === null
      && document.querySelector('.kk-headline-card .kk-saving .kk-amount') !== null, undefined, { timeout: 300_000 });
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy=true]').length === 0, undefined, { timeout: 300_000 });
    await page.waitForTimeout(1000);
    const dom = () => page.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      rows: document.querySelectorAll('tr').length,
      height: document.scrollingElement!.scrollHeight,
    }));
    const projects = await page.locator('[data-section=projects] tbody > tr').count();
    console.log(`city: ${city.works.length} works`);
    console.log(`dashboard: ${JSON.stringify(await dom())}, projects table rows in DOM: ${projects}`);

    await page.evaluate(watchLongTasks);
    const slider = page.locator('#kk-wi-discountRate');
    await slider.dispatchEvent('pointerdown');
    await slider.focus();
    for (let i = 0; i < 12; i++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(150); }
    await page.waitForTimeout(500);
    const drag = await page.evaluate(() => [...(window as unknown as { __long: Long }).__long.long]);
    await slider.dispatchEvent('pointerup');
    console.log(`long tasks while dragging (12 steps): ${drag.length}, longest ${Math.round(Math.max(0, ...drag))} ms, all ${drag.map(Math.round).join(' ')}`);
    await page.locator('[data-testid=replanned]').waitFor({ timeout: 300_000 }).catch(() => {});
    await page.waitForTimeout(1000);

    await page.click('[data-testid=view-inputs]');
    await page.locator('#sheet-panel table.grid').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    console.log(`inputs (Works): ${JSON.stringify(await dom())}, grid rows in DOM: ${await page.locator('#sheet-panel table.grid tbody > tr').count()}`);
    await page.evaluate(() => { (window as unknown as { __long: Long }).__long.long = []; });
    const cell = page.locator('#sheet-panel input.cell').nth(3);
    await cell.focus();
    await page.keyboard.press('End');
    for (const ch of '12345') { await page.keyboard.type(ch); await page.waitForTimeout(100); }
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    const typing = await page.evaluate(() => [...(window as unknown as { __long: Long }).__long.long]);
    console.log(`long tasks while typing 5 characters + Enter in a Works cell: ${typing.length}, longest ${Math.round(Math.max(0, ...typing))} ms, all ${typing.map(Math.round).join(' ')}`);
  } finally {
    await s.close();
    await served.close();
  }
}

void main();
