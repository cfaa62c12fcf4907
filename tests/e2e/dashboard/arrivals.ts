// In the page, as an init script: the frame after each dashboard commit that showed a newly
// arrived result head from the worker (`head`), and after each commit of the lower sections that
// showed a newly arrived rest (`details`), on the page's clock. Self-contained: Playwright sends
// the function's text to the page. `goneEarly` counts the times the line saying the details are
// following left the page before the lower sections had shown the latest rest that arrived.
import type { Page } from 'playwright-core';

export type Arrivals = { head: number[]; details: number[]; goneEarly: number };

export const arrivalsRecorder = () => {
  const w = window as unknown as { __arrivals: Arrivals };
  w.__arrivals = { head: [], details: [], goneEarly: 0 };
  let committed = 0;
  window.addEventListener('kk-details-commit', () => { committed = performance.getEntriesByName('kk:compute.rest.received').length; });
  new MutationObserver((records) => {
    const gone = records.some((r) => [...r.removedNodes].some((n) => n instanceof Element
      && (n.matches('[data-testid=details-following]') || n.querySelector('[data-testid=details-following]') !== null)));
    if (gone && committed < performance.getEntriesByName('kk:compute.rest.received').length) w.__arrivals.goneEarly += 1;
  }).observe(document, { childList: true, subtree: true });
  // No named inner functions: a bundler's name helper would not exist in the page.
  for (const [event, mark, frames] of [
    ['kk-dashboard-commit', 'kk:compute.received', w.__arrivals.head],
    ['kk-details-commit', 'kk:compute.rest.received', w.__arrivals.details],
  ] as const) {
    let seen = 0;
    window.addEventListener(event, () => {
      const n = performance.getEntriesByName(mark).length;
      if (n === seen) return;
      seen = n;
      requestAnimationFrame(() => frames.push(performance.now()));
    });
  }
};

export const arrivalsOf = (page: Page): Promise<Arrivals> => page.evaluate(() => (window as unknown as { __arrivals: Arrivals }).__arrivals);
