// `npm run bench:draw`: how long drawing the dashboard blocks the page for a generated city of
// 3,000 works (10 neighbourhoods × 300 works, 40 years), in Chromium on the dashboard's dev page.
// Prints, per run: first frame with headline and charts, frame with the opportunity matrix, the
// longest main-thread task and the total time in tasks over 50 ms. Printed figures, no assertions.
import { generateCity } from '../../../scenarios/generate-city';
import { hasChromium, launch } from '../harness';
import { serveDevPage } from './dev-page';

const runs = Number(process.env.KK_RUNS ?? 5);

async function main() {
  if (!hasChromium) {
    console.log('bench:draw: /usr/bin/chromium not found, nothing measured');
    return;
  }
  const city = generateCity({ seed: 7, neighbourhoods: 10, worksPerNeighbourhood: 300, horizonYears: 40 });
  const served = await serveDevPage('dash-dev-bench');
  const s = await launch({ width: 1280, height: 720 });
  console.log(`city: ${city.works.length} works, ${city.neighbourhoods.length} neighbourhoods, 1280×720`);
  try {
    for (const lang of ['nl', 'en'] as const) {
      const rows: string[] = [];
      for (let i = 0; i < runs; i++) {
        // A fresh page each run: the first draw of a result, as after opening a workbook.
        await s.page.goto(served.url);
        await s.page.waitForFunction(() => 'kkDev' in window);
        const engineMs = await s.page.evaluate((sc) => (window as any).kkDev.load(sc), city as unknown);
        const r = await s.page.evaluate(async (l) => {
          const long: number[] = [];
          const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) long.push(e.duration); });
          obs.observe({ type: 'longtask' });
          const t = await (window as any).kkDev.draw(l);
          await new Promise((res) => setTimeout(res, 300)); // long tasks are reported a little later
          obs.disconnect();
          return { ...t, longest: Math.max(0, ...long), blocked: long.reduce((a, b) => a + b, 0), count: long.length };
        }, lang);
        rows.push(`first frame ${r.firstFrame.toFixed(0)} ms, matrix ${r.matrixFrame.toFixed(0)} ms, all drawn ${r.allFrame.toFixed(0)} ms; `
          + `longest task ${r.longest.toFixed(0)} ms, ${r.count} tasks >50 ms totalling ${r.blocked.toFixed(0)} ms (engine ${engineMs.toFixed(0)} ms, not counted)`);
      }
      console.log(`${lang}:`);
      for (const row of rows) console.log(`  ${row}`);
    }
    console.log(`errors in the page: ${s.errors.length ? s.errors.join('; ') : 'none'}`);
  } finally {
    await s.close();
    await served.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
