import { it } from 'vitest';
import { generateCity } from '../../../scenarios/generate-city';
import { launch, screenshotPath } from '../harness';
import { serveDevPage } from './dev-page';

it('shots', async () => {
  const city = generateCity({ seed: 7, neighbourhoods: 20, worksPerNeighbourhood: 250, horizonYears: 40 });
  const served = await serveDevPage('dash-dev-shot');
  for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
    const s = await launch({ width: w, height: h });
    await s.page.goto(served.url);
    await s.page.waitForFunction(() => 'kkDev' in window);
    await s.page.evaluate((sc) => (window as unknown as { kkDev: { load(x: unknown): number } }).kkDev.load(sc), city as unknown);
    await s.page.evaluate(() => (window as unknown as { kkDev: { draw(l: string): Promise<unknown> } }).kkDev.draw('nl'));
    await s.page.waitForTimeout(2000);
    await s.page.screenshot({ path: screenshotPath(`zz-city-${w}`) });
    await s.page.screenshot({ path: screenshotPath(`zz-city-${w}-full`), fullPage: true });
    console.log('ERR', s.errors);
    await s.close();
  }
  await served.close();
}, 300_000);
