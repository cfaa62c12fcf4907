// `npm run bench:ui`: builds and serves the app, drives Chromium, and prints
//  - the time from a what-if slider's input event to the next animation frame after React has
//    committed the dashboard update (p50/p95/max over ~100 moves on the example scenario);
//  - page load to dashboard interactive;
//  - the built bundle size.
// Printed figures, never assertions: the machine is shared and timings vary.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { configFile, hasChromium, launch, root } from '../harness';
import { cityBench } from './bench-city';

// Its own build directory: the shared renderer/dist may be rebuilt at any moment by a test run
// (under vitest NODE_ENV is "test", which gives React's development build), and a benchmark must
// measure the production build.
const distDir = join(root, '.bench', 'ui-dist');

// Runs in the page before the app: timestamps each slider input event; the dashboard marks every
// commit of a new result (a 'kk-dashboard-commit' event from a layout effect), and the
// latency is taken at the next animation frame after that mark, when the browser can paint it.
const recorder = () => {
  const w = window as unknown as { __kk: { samples: number[]; interactiveAt: number | null } };
  w.__kk = { samples: [], interactiveAt: null };
  let t0: number | null = null;
  document.addEventListener('input', (e) => {
    const el = e.target as HTMLInputElement;
    if (el?.type === 'range') t0 = e.timeStamp;
  }, true);
  // The dashboard dispatches this event from a layout effect, synchronously after React's commit.
  window.addEventListener('kk-dashboard-commit', () => {
    const now = performance.now();
    if (w.__kk.interactiveAt === null) {
      requestAnimationFrame(() => { if (w.__kk.interactiveAt === null) w.__kk.interactiveAt = performance.now(); });
    }
    if (t0 !== null && now >= t0) {
      const start = t0;
      t0 = null;
      requestAnimationFrame(() => w.__kk.samples.push(performance.now() - start));
    }
  });
};

function dirSize(dir: string): { raw: number; gzip: number; files: { name: string; raw: number; gzip: number }[] } {
  const files: { name: string; raw: number; gzip: number }[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (!n.startsWith('.')) {
        const b = readFileSync(p);
        files.push({ name: p.slice(distDir.length + 1), raw: b.length, gzip: gzipSync(b).length });
      }
    }
  };
  walk(dir);
  return { raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0), files };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  return (s[lo] ?? 0) + ((s[Math.ceil(i)] ?? 0) - (s[lo] ?? 0)) * (i - lo);
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  if (!hasChromium) {
    console.log('bench:ui: /usr/bin/chromium not found, nothing measured');
    return;
  }
  process.env.NODE_ENV = 'production';
  await build({ configFile, mode: 'production', logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const size = dirSize(distDir);
  console.log(`bundle: ${kb(size.raw)} (${kb(size.gzip)} gzip), production build`);
  for (const f of size.files.sort((a, b) => b.raw - a.raw).slice(0, 5)) console.log(`  ${f.name}: ${kb(f.raw)} (${kb(f.gzip)} gzip)`);

  const server = await preview({ configFile, logLevel: 'warn', build: { outDir: distDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  const served = { url, close: () => server.close() };
  const s = await launch({ width: 1280, height: 720 });
  try {
    const { page } = s;
    if (process.argv.includes('--city')) {
      await cityBench(page, served.url, (l) => console.log(l));
      if (s.errors.length) console.log('page errors:', s.errors);
      return;
    }
    await page.addInitScript(recorder);
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(served.url);
      await page.waitForFunction(() => (window as unknown as { __kk: { interactiveAt: number | null } }).__kk.interactiveAt !== null, null, { timeout: 60_000 });
      loads.push(await page.evaluate(() => (window as unknown as { __kk: { interactiveAt: number } }).__kk.interactiveAt));
    }
    console.log(`page load to dashboard interactive: ${loads.map(ms).join(', ')} (median ${ms(pct(loads, 0.5))})`);

    const drive = async (setting: string, moves: number) => {
      const slider = page.locator(`#kk-wi-${setting}`);
      await slider.scrollIntoViewIfNeeded();
      await slider.focus();
      await page.evaluate(() => { (window as unknown as { __kk: { samples: number[] } }).__kk.samples = []; });
      let misses = 0;
      for (let i = 0; i < moves; i++) {
        await page.keyboard.press(i < moves / 2 ? 'ArrowRight' : 'ArrowLeft');
        // A move that changes no result (a value rounding to the same plan) commits nothing: count it.
        await page.waitForFunction((n) => (window as unknown as { __kk: { samples: number[] } }).__kk.samples.length > n, misses + i, { timeout: 5_000 })
          .catch(async () => {
            misses--;
            if (process.env.KK_BENCH_DEBUG) console.log('miss', i, await slider.inputValue(), await page.evaluate(() => document.activeElement?.id));
          });
      }
      if (misses) console.log(`  (${-misses} moves without a new commit within 5 s)`);
      return page.evaluate(() => (window as unknown as { __kk: { samples: number[] } }).__kk.samples);
    };
    const dragDrive = async (setting: string, moves: number) => {
      await page.locator(`#kk-wi-${setting}`).scrollIntoViewIfNeeded();
      const box = (await page.locator(`#kk-wi-${setting}`).boundingBox())!;
      await page.evaluate(() => { (window as unknown as { __kk: { samples: number[] } }).__kk.samples = []; });
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + 2, y);
      await page.mouse.down();
      for (let i = 1; i <= moves; i++) {
        await page.mouse.move(box.x + 2 + ((box.width - 4) * i) / moves, y);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      }
      await page.mouse.up();
      return page.evaluate(() => (window as unknown as { __kk: { samples: number[] } }).__kk.samples);
    };
    const report = (label: string, xs: number[]) =>
      console.log(`${label}: n=${xs.length} p50 ${ms(pct(xs, 0.5))} p95 ${ms(pct(xs, 0.95))} max ${ms(Math.max(...xs))}`);
    report('slider input → frame after commit, discountRate (keyboard)', await drive('discountRate', 100));
    report('slider input → frame after commit, sitePerDay (keyboard)', await drive('sitePerDay', 100));
    report('slider input → frame after commit, tenderFixed (mouse drag)', await dragDrive('tenderFixed', 100));
    if (s.errors.length) console.log('page errors:', s.errors);
  } finally {
    await s.close();
    await served.close();
  }
}

await main();
