// @vitest-environment jsdom
// A city's long lists stay small in the DOM: the projects table draws a window of its rows (the
// full count told to screen readers), and the opportunity matrix starts with one summary row per
// neighbourhood that opens into its works by click or keyboard.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { compute } from '../../../engine/compute';
import { generateCity } from '../../../scenarios/generate-city';
import { Dashboard } from '../../../renderer/dashboard';
import { installResizeObserver } from './setup-dom';

beforeAll(() => installResizeObserver());
afterEach(cleanup);

const city = generateCity({ seed: 3, neighbourhoods: 8, worksPerNeighbourhood: 120, horizonYears: 30 });
const result = compute(city, { computedAt: '2026-01-01T00:00:00Z' });
const integrated = result.steps.find((s) => s.id === 'integrated')!;
const projects = integrated.projects;

describe('long lists of a city', () => {
  it('the projects table draws a window of rows and tells the full count', async () => {
    expect(projects.length).toBeGreaterThan(120); // Projects.tsx draws fewer whole
    const { container } = render(<Dashboard result={result} scenario={city} lang="nl" />);
    const section = () => container.querySelector('[data-section="projects"]') as HTMLElement;
    await waitFor(() => expect(section()).not.toBeNull());
    const table = section().querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).toBe(String(projects.length + 1));
    // jsdom lays nothing out, so the window is empty here; the browser tests see its rows.
    expect(section().querySelectorAll('tbody tr[data-project]').length).toBeLessThan(60);
    // The rows left out below are held by one spacer row, hidden from screen readers.
    const gap = section().querySelector('tbody tr.kk-gap')!;
    expect(gap.getAttribute('aria-hidden')).toBe('true');
  }, 60_000);

  it('the matrix shows neighbourhoods as summary rows that open into their works', async () => {
    const { container } = render(<Dashboard result={result} scenario={city} lang="nl" />);
    const m = () => container.querySelector('[data-chart="matrix"]') as HTMLElement;
    await waitFor(() => expect(m()?.querySelectorAll('.kk-nb-toggle')).toHaveLength(city.neighbourhoods.length), { timeout: 20_000 });
    const toggles = () => [...m().querySelectorAll<SVGGElement>('.kk-nb-toggle')];
    expect(toggles().every((g) => g.getAttribute('aria-expanded') === 'false')).toBe(true);
    expect(m().querySelectorAll('.kk-chip')).toHaveLength(0);
    // The first name holds the tab stop; its label says what the row holds.
    const first = toggles()[0]!;
    expect(first.getAttribute('tabindex')).toBe('0');
    const nb = city.neighbourhoods[0]!;
    const works = integrated.projects.filter((p) => p.neighbourhood === nb.id).reduce((n, p) => n + p.works.length, 0);
    expect(first.getAttribute('aria-label')).toContain(`werken: ${works}`);
    expect(first.getAttribute('aria-label')).toContain('besparing:');
    expect(m().querySelector('.kk-summary')!.textContent).toContain(`werken: ${works}`);

    first.focus();
    fireEvent.keyDown(first, { key: 'Enter' });
    await waitFor(() => expect(m().querySelectorAll('.kk-chip').length).toBe(works));
    expect(toggles()[0]!.getAttribute('aria-expanded')).toBe('true');
    // Right goes into the opened band, Left back to its name; Down to the next name.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect((document.activeElement as Element).classList.contains('kk-chip')).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(toggles()[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(toggles()[1]);
    fireEvent.keyDown(document.activeElement!, { key: ' ' });
    await waitFor(() => expect(toggles()[1]!.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.click(toggles()[0]!);
    await waitFor(() => expect(toggles()[0]!.getAttribute('aria-expanded')).toBe('false'));
  }, 60_000);
});
