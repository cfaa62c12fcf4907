// @vitest-environment jsdom
// On a city the party view's measures (which read every step's projects and works) are built only
// once the view comes near the screen, and then show the engine's figures; a small plan shows them
// at once.
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compute } from '../../../engine/compute';
import { measures } from '../../../engine/measures';
import { generateCity } from '../../../scenarios/generate-city';
import { Dashboard } from '../../../renderer/dashboard';
import { MEASURES_AT_ONCE_UP_TO } from '../../../renderer/dashboard/party/party-measures';
import { installResizeObserver } from './setup-dom';

type Watch = { callback: IntersectionObserverCallback; targets: Element[] };
const watches: Watch[] = [];

beforeAll(() => {
  installResizeObserver();
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = class {
    private readonly watch: Watch;
    constructor(callback: IntersectionObserverCallback) { this.watch = { callback, targets: [] }; watches.push(this.watch); }
    observe(el: Element) { this.watch.targets.push(el); }
    disconnect() { this.watch.targets = []; }
    unobserve() {}
    takeRecords() { return []; }
  };
});
afterEach(cleanup);

const near = (el: Element) => {
  for (const w of watches.filter((x) => x.targets.includes(el))) {
    w.callback([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry], w as unknown as IntersectionObserver);
  }
};

describe('the party view of a city', () => {
  it('builds its measures once near the screen, with the engine figures', async () => {
    const city = generateCity({ seed: 5, neighbourhoods: 7, worksPerNeighbourhood: 300, horizonYears: 30 });
    expect(city.works.length).toBeGreaterThan(MEASURES_AT_ONCE_UP_TO);
    const result = compute(city, { computedAt: '2026-01-01T00:00:00Z' });
    const { container } = render(<Dashboard result={result} scenario={city} lang="nl" />);
    const section = () => container.querySelector('[data-section="party"]');
    await waitFor(() => expect(section()).not.toBeNull(), { timeout: 20_000 });
    const rows = () => [...section()!.querySelectorAll('[data-measure-step]')];
    expect(rows()).toHaveLength(0);
    act(() => near(section()!));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const party = section()!.getAttribute('data-party');
    const want = measures(result).parties.find((p) => p.party === party)!.steps;
    expect(rows().map((r) => [r.getAttribute('data-measure-step'), Number(r.querySelector('td')!.getAttribute('data-value'))]))
      .toEqual(want.map((s) => [s.step, s.financial.netSavings]));
  }, 120_000);
});
