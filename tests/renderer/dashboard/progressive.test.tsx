// @vitest-environment jsdom
// A big city's long lists come a slice at a time: the first slice at once, the rest in later tasks,
// with aria-busy on the section meanwhile; in the end every row is there.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import { compute } from '../../../engine/compute';
import { generateCity } from '../../../scenarios/generate-city';
import { Dashboard } from '../../../renderer/dashboard';
import { installResizeObserver } from './setup-dom';

beforeAll(() => installResizeObserver());
afterEach(cleanup);

const city = generateCity({ seed: 3, neighbourhoods: 4, worksPerNeighbourhood: 120, horizonYears: 30 });
const result = compute(city, { computedAt: '2026-01-01T00:00:00Z' });
const projects = result.steps.find((s) => s.id === 'integrated')!.projects;

describe('progressive drawing of long lists', () => {
  it('shows the first projects and matrix rows at once and all of them later', async () => {
    expect(projects.length).toBeGreaterThan(60); // more than the first slice of 40
    const { container } = render(<Dashboard result={result} scenario={city} lang="nl" />);
    const section = () => container.querySelector('[data-section="projects"]') as HTMLElement;
    await waitFor(() => expect(section()).not.toBeNull());
    const rows = () => section().querySelectorAll('tbody tr[data-project]').length;
    const matrixRows = () => container.querySelectorAll('[data-chart="matrix"] svg.kk-matrix > g[transform]').length;
    expect(rows()).toBeLessThanOrEqual(40);
    expect(section().getAttribute('aria-busy')).toBe('true');
    expect(matrixRows()).toBeLessThan(city.neighbourhoods.length);
    expect(container.querySelector('[data-chart="matrix"]')!.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => {
      expect(rows()).toBe(projects.length);
      expect(matrixRows()).toBe(city.neighbourhoods.length);
    }, { timeout: 20_000 });
    expect(container.querySelector('.kk-dashboard [aria-busy="true"]')).toBeNull();
  }, 60_000);
});
