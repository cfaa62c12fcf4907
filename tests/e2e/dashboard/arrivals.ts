// In the page, as an init script: the frame after each dashboard commit that showed a newly
// arrived result head from the worker (`head`), and after each commit of the lower sections that
// showed a newly arrived rest (`details`), on the page's clock. Self-contained: Playwright sends
// the function's text to the page.
import type { Page } from 'playwright-core';

export type Arrivals = { head: number[]; details: number[] };

export const arrivalsRecorder = () => {
  const w = window as unknown as { __arrivals: Arrivals };
  w.__arrivals = { head: [], details: [] };
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
