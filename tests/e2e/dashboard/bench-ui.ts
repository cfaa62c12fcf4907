// `npm run bench:ui`: builds and serves the app, drives Chromium, and prints
//  - the time from a what-if slider's input event to the next animation frame after React has
//    committed the dashboard update (p50/p95/max over ~100 moves on the example scenario);
//  - page load to dashboard interactive;
//  - the built bundle size.
// Printed figures, never assertions: the machine is shared and timings vary.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { configFile, distDir, hasChromium, launch, serve } from '../harness';

// Runs in the page before the app: timestamps each slider input event and, once the dashboard's
// DOM changes (React committed), waits for the next animation frame and records the latency.
const recorder = () => {
  const w = window as unknown as { __kk: { samples: number[]; interactiveAt: number | null } };
  w.__kk = { samples: [], interactiveAt: null };
  let t0: number | null = null;
  document.addEventListener('input', (e) => {
    const el = e.target as HTMLInputElement;
    if (el?.type === 'range') t0 = e.timeStamp;
  }, true);
  new MutationObserver((records) => {
    if (w.__kk.interactiveAt === null && document.querySelector('.kk-headline-card') && document.querySelector('.kk-whatif input[type=range]')) {
      requestAnimationFrame(() => { if (w.__kk.interactiveAt === null) w.__kk.interactiveAt = performance.now(); });
    }
    if (t0 === null) return;
    if (!records.some((r) => (r.target as Element).closest?.('.kk-dashboard') ?? r.target.parentElement?.closest('.kk-dashboard'))) return;
    const start = t0;
    t0 = null;
    requestAnimationFrame(() => w.__kk.samples.push(performance.now() - start));
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
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
  await build({ configFile, logLevel: 'warn' });
  const size = dirSize(distDir);
  console.log(`bundle: ${kb(size.raw)} (${kb(size.gzip)} gzip) in renderer/dist`);
  for (const f of size.files.sort((a, b) => b.raw - a.raw).slice(0, 5)) console.log(`  ${f.name}: ${kb(f.raw)} (${kb(f.gzip)} gzip)`);

  const served = await serve();
  const s = await launch({ width: 1280, height: 720 });
  try {
    const { page } = s;
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
      for (let i = 0; i < moves; i++) {
        await page.keyboard.press(i < moves / 2 ? 'ArrowRight' : 'ArrowLeft');
        await page.waitForFunction((n) => (window as unknown as { __kk: { samples: number[] } }).__kk.samples.length > n, i, { timeout: 30_000 });
      }
      return page.evaluate(() => (window as unknown as { __kk: { samples: number[] } }).__kk.samples);
    };
    const dragDrive = async (setting: string, moves: number) => {
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
