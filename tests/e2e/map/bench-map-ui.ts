// `npm run bench:map-ui`: the map of opportunities in the built app in Chromium; prints
//  - a layer change on 500 neighbourhood outlines of 200 vertices each: from the toggle's click to
//    the frame after the map shows the new layer;
//  - a step of the map's period slider with the works layer on the same map;
//  - a what-if slider dragged on the generated city (100 neighbourhoods × 500 works): from each
//    input event to the frame after the map's colours follow.
// Printed figures, never assertions: the machine is shared and timings vary.
import type { Page } from 'playwright-core';
import type { Geometry } from '../../../engine/scenario/schema';
import { generateCity } from '../../../scenarios/generate-city';
import { hasChromium, launch, serve } from '../harness';
import { mapSel, openScenario, showLayers } from './helpers';

/** 500 outlines of 200 vertices in a 25 × 20 grid (as `npm run bench:map` draws them). */
function bigGeometry(ids: string[]): Geometry {
  return {
    crs: 'EPSG:28992',
    shapes: ids.map((id, n) => {
      const cx = 150000 + (n % 25) * 1000, cy = 460000 + Math.floor(n / 25) * 1000;
      const ring: number[] = [];
      for (let i = 0; i < 199; i++) { const a = (i / 199) * 2 * Math.PI; ring.push(Math.round(cx + 450 * Math.cos(a) * (1 + 0.05 * Math.sin(7 * a))), Math.round(cy + 450 * Math.sin(a))); }
      ring.push(ring[0]!, ring[1]!);
      return { neighbourhood: id, polygons: [[ring]] };
    }),
  };
}

// In the page: the time from an input event (or a click) to the frame after the map's drawing
// changed (an attribute of the map's SVG or any outline in it: a colour, or a value in its name). A string, so that it runs as
// written (a transpiled function would call helpers the page does not have).
const recorder = `(() => {
  const w = window;
  w.__map = { samples: [], t0: null };
  function start(e) { if (e.target && e.target.closest && e.target.closest('[data-chart="map"] input, .kk-whatif input')) w.__map.t0 = e.timeStamp; }
  document.addEventListener('input', start, true);
  document.addEventListener('click', start, true);
  // Init scripts run before the document is parsed: observe once its body exists.
  document.addEventListener('DOMContentLoaded', function () {
    new MutationObserver(function () {
      const t0 = w.__map.t0;
      if (t0 === null || !document.querySelector('[data-chart="map"] svg.kk-map')) return;
      w.__map.t0 = null;
      requestAnimationFrame(function () { w.__map.samples.push(performance.now() - t0); });
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['fill', 'data-layers', 'aria-label'] });
  });
})()`;

const samples = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { __map: { samples: number[] } };
  const out = w.__map.samples;
  w.__map.samples = [];
  return out;
});
const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))] ?? NaN;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms over ${s.length}`;
};

async function main() {
  if (!hasChromium) { console.log('bench:map-ui: /usr/bin/chromium not found, nothing measured'); return; }
  const served = await serve();
  const s = await launch({ width: 1280, height: 900 });
  try {
    const { page } = s;
    await page.addInitScript(recorder);
    await page.goto(served.url);
    await page.locator(`${mapSel} svg.kk-map`).waitFor({ timeout: 120_000 });

    const big = generateCity({ seed: 3, neighbourhoods: 500, worksPerNeighbourhood: 10, horizonYears: 30 });
    await openScenario(page, { ...big, geometry: bigGeometry(big.neighbourhoods.map((n) => n.id)) }, 'vijfhonderd');
    await showLayers(page, ['saving']);
    await samples(page);
    for (let k = 0; k < 10; k++) await showLayers(page, k % 2 ? ['saving'] : ['works']);
    console.log(`map-ui: layer change, 500 outlines × 200 vertices: ${summary(await samples(page))}`);
    await showLayers(page, ['works']);
    const from = page.locator(`${mapSel} input[data-year="from"]`);
    await from.focus();
    await samples(page);
    for (let k = 0; k < 20; k++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(30); }
    console.log(`map-ui: period slider step (works layer), same map: ${summary(await samples(page))}`);

    const city = generateCity();
    await openScenario(page, city, 'stad');
    await showLayers(page, ['saving']);
    const slider = page.locator('#kk-wi-discountRate');
    await slider.dispatchEvent('pointerdown');
    await slider.focus();
    await samples(page);
    for (let k = 0; k < 12; k++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(250); }
    await slider.dispatchEvent('pointerup');
    console.log(`map-ui: what-if slider dragged on the city (100 × 500 works), input to map recoloured: ${summary(await samples(page))}`);
  } finally {
    await s.close();
    await served.close();
  }
}

main().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
