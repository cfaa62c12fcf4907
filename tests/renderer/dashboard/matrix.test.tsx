// @vitest-environment jsdom
// The opportunity matrix on the real example computed by the real engine: a step selector that
// redraws it for that step's projects, one tab stop with arrow keys between the chips; and the
// projects table naming neighbourhoods.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { compute } from '../../../engine/compute';
import type { StepId } from '../../../engine/model/result';
import { buildExample } from '../../../scenarios/example';
import { Dashboard } from '../../../renderer/dashboard';
import { installResizeObserver } from './setup-dom';

const scenario = buildExample();
const result = compute(scenario, { computedAt: '2026-01-01T00:00:00Z' });
const stepOf = (id: StepId) => result.steps.find((s) => s.id === id)!;

beforeAll(() => installResizeObserver());
afterEach(cleanup);

function matrixOf(container: HTMLElement) {
  const m = container.querySelector('[data-chart="matrix"]') as HTMLElement;
  return {
    m,
    select: within(m).getByRole('combobox') as HTMLSelectElement,
    chips: () => [...m.querySelectorAll<SVGGElement>('.kk-chip')],
    bundles: () => m.querySelectorAll('svg rect[stroke="#1f4e79"][fill="none"]').length,
    ghosts: () => m.querySelectorAll('svg g[aria-hidden="true"]').length,
    tabStops: () => [...m.querySelectorAll<SVGGElement>('.kk-chip')].filter((c) => c.getAttribute('tabindex') === '0'),
  };
}

/** The chip's place: its row band (the neighbourhood) and its rectangle's x and y in the band. */
function place(chip: Element) {
  const band = chip.parentElement!;
  const rect = chip.querySelector('rect')!;
  return { band, x: Number(rect.getAttribute('x')), y: Number(rect.getAttribute('y')) };
}

describe('opportunity matrix step selector', () => {
  it('is labelled, defaults to integrated and offers the four steps by their Dutch names', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="nl" />);
    const { m, select } = matrixOf(container);
    expect(within(m).getByLabelText('Stap van de kansenkaart')).toBe(select);
    expect(select.value).toBe('integrated');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['separate', 'Afzonderlijke projecten'], ['bundled', 'Gebundeld'], ['differentiated', 'Gedifferentieerd'], ['integrated', 'Integraal'],
    ]);
    expect(m.querySelector('h2')!.textContent).toBe('Kansenkaart – Integraal');
  });

  it('redraws the matrix for the chosen step: bundles, moved works and the data table follow', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const x = matrixOf(container);
    expect(within(x.m).getByLabelText('Step of the opportunity matrix')).toBe(x.select);
    const counts = (id: StepId) => {
      const st = stepOf(id);
      return { bundles: st.projects.filter((p) => p.works.length > 1).length, moved: st.projects.flatMap((p) => p.moved).length };
    };
    // The example differs between steps: separate has neither bundles nor moved works.
    expect(counts('separate')).toEqual({ bundles: 0, moved: 0 });
    expect(counts('integrated').bundles).toBeGreaterThan(0);
    for (const id of ['separate', 'bundled', 'differentiated', 'integrated'] as const) {
      fireEvent.change(x.select, { target: { value: id } });
      expect(x.m.querySelector('svg.kk-matrix')!.getAttribute('data-step')).toBe(id);
      expect(x.chips()).toHaveLength(scenario.works.length);
      expect(x.bundles()).toBe(counts(id).bundles);
      expect(x.ghosts()).toBe(counts(id).moved);
      // Every chip sits in the year that step executes it.
      const years = new Map(stepOf(id).works.map((w) => [w.work, w.year]));
      for (const c of x.chips()) expect(c.getAttribute('aria-label'), id).toContain(String(years.get(c.dataset.work!)));
    }
    fireEvent.change(x.select, { target: { value: 'separate' } });
    expect(x.m.querySelector('h2')!.textContent).toBe('Opportunity matrix – Separate works');
    // The data table lists the separate step: every work executed in its planned year.
    const d = x.m.querySelector('details') as HTMLDetailsElement;
    d.open = true;
    fireEvent(d, new Event('toggle'));
    const rows = [...x.m.querySelectorAll('details tbody tr')];
    expect(rows).toHaveLength(scenario.works.length);
    expect(x.m.querySelectorAll('details tbody tr.kk-moved')).toHaveLength(0);
  });

  it('a chip explains the work in the chosen step', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const x = matrixOf(container);
    const moved = stepOf('integrated').projects.flatMap((p) => p.moved)[0]!;
    fireEvent.change(x.select, { target: { value: 'separate' } });
    const chip = x.chips().find((c) => c.dataset.work === moved.work)!;
    expect(chip.getAttribute('aria-label')).toBe(`${moved.work} ${moved.from}`);
    fireEvent.click(chip);
    const panel = screen.getByRole('region', { name: /Explanation/ });
    // In separate the work runs in its planned year, in its own project.
    const sep = stepOf('separate').works.find((w) => w.work === moved.work)!;
    expect(sep.year).toBe(moved.from);
    expect(panel.textContent).toContain(sep.project);
    expect(within(panel).getAllByText(String(moved.from)).length).toBeGreaterThan(0);
  });
});

describe('opportunity matrix keyboard', () => {
  it('is one tab stop; the arrow keys, Home and End move the focus between chips', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const x = matrixOf(container);
    const chips = x.chips();
    expect(x.tabStops()).toHaveLength(1);
    expect(chips.filter((c) => c.getAttribute('tabindex') === '-1')).toHaveLength(chips.length - 1);
    // The tab stop starts on the first chip of the first neighbourhood.
    const first = x.tabStops()[0]!;
    expect(first).toBe(chips[0]);
    act(() => first.focus());
    expect(document.activeElement).toBe(first);

    // Right walks the whole first neighbourhood, in year order, and stops at its end.
    const band = place(first).band;
    const inBand = chips.filter((c) => place(c).band === band);
    const seen = [first];
    for (let i = 1; i < inBand.length + 2; i++) {
      fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
      if (document.activeElement !== seen.at(-1)) seen.push(document.activeElement as SVGGElement);
    }
    expect(new Set(seen)).toEqual(new Set(inBand));
    expect(seen).toHaveLength(inBand.length);
    const xs = seen.map((c) => place(c).x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // The tab stop follows the focus: still exactly one.
    expect(x.tabStops()).toEqual([seen.at(-1)]);

    // Home and End: ends of the neighbourhood.
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(seen[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(seen.at(-1));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(seen.at(-2));

    // Down goes to the next neighbourhood's band, Up comes back to this one.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    const below = document.activeElement as SVGGElement;
    expect(below.classList.contains('kk-chip')).toBe(true);
    expect(place(below).band).toBe(band.nextElementSibling);
    fireEvent.keyDown(below, { key: 'ArrowUp' });
    expect(place(document.activeElement!).band).toBe(band);

    // Ctrl+End: the last chip of the matrix; Ctrl+Home: the first.
    fireEvent.keyDown(document.activeElement!, { key: 'End', ctrlKey: true });
    const lastBand = place(chips.at(-1)!).band;
    expect(place(document.activeElement!).band).toBe(lastBand);
    fireEvent.keyDown(document.activeElement!, { key: 'Home', ctrlKey: true });
    expect(document.activeElement).toBe(first);
    expect(x.tabStops()).toEqual([first]);
  });

  it('Enter and Space explain the focused chip, keeping its screen-reader label', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const x = matrixOf(container);
    const moved = stepOf('integrated').projects.flatMap((p) => p.moved)[0]!;
    const chip = x.chips().find((c) => c.dataset.work === moved.work)!;
    expect(chip.getAttribute('role')).toBe('button');
    expect(chip.getAttribute('aria-label')).toBe(`${moved.work}: planned ${moved.from}, executed ${moved.to}`);
    // Focus from outside a key or click (a screen reader's virtual cursor): React's update in act.
    act(() => chip.focus());
    expect(x.tabStops()).toEqual([chip]);
    fireEvent.keyDown(chip, { key: ' ' });
    expect(screen.getByRole('region', { name: /Explanation/ }).textContent).toContain(`Work ${moved.work}`);
    fireEvent.click(within(screen.getByRole('region', { name: /Explanation/ })).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: /Explanation/ })).toBeNull();
    const other = x.chips().find((c) => c !== chip)!;
    act(() => other.focus());
    fireEvent.keyDown(other, { key: 'Enter' });
    expect(screen.getByRole('region', { name: /Explanation/ }).textContent).toContain(`Work ${other.dataset.work}`);
  });

  it('after a step change the tab stop stays on the same work', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const x = matrixOf(container);
    const chip = x.chips()[5]!;
    act(() => chip.focus());
    fireEvent.change(x.select, { target: { value: 'separate' } });
    expect(x.tabStops().map((c) => c.dataset.work)).toEqual([chip.dataset.work]);
  });
});

describe('projects table', () => {
  it('names each project by its neighbourhood name from the sheet', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="nl" />);
    const names = new Map(scenario.neighbourhoods.map((n) => [n.id, n.name]));
    const section = container.querySelector('[data-section="projects"]') as HTMLElement;
    expect(section.querySelector('thead th')!.textContent).toBe('Wijk');
    const rows = [...section.querySelectorAll('tr[data-project]')];
    expect(rows).toHaveLength(stepOf('integrated').projects.length);
    for (const [i, p] of stepOf('integrated').projects.entries()) {
      const th = rows[i]!.querySelector('th')!;
      expect(th.textContent).toBe(names.get(p.neighbourhood));
      expect(th.textContent).not.toBe(p.neighbourhood);
    }
  });

  it('falls back to the neighbourhood id where the name is empty or no scenario is given', () => {
    const unnamed = { ...scenario, neighbourhoods: scenario.neighbourhoods.map((n, i) => (i === 0 ? { ...n, name: '  ' } : n)) };
    const firstId = scenario.neighbourhoods[0]!.id;
    const { container, unmount } = render(<Dashboard result={result} scenario={unnamed} lang="en" />);
    const heads = () => [...container.querySelectorAll('[data-section="projects"] tr[data-project] > th')];
    const own = heads().filter((th) => th.getAttribute('data-neighbourhood') === firstId);
    expect(own.length).toBeGreaterThan(0);
    for (const th of own) expect(th.textContent).toBe(firstId);
    expect(heads().some((th) => th.textContent === scenario.neighbourhoods[1]!.name)).toBe(true);
    unmount();
    const bare = render(<Dashboard result={result} lang="en" />);
    const ids = [...bare.container.querySelectorAll('[data-section="projects"] tr[data-project] > th')].map((th) => th.textContent);
    expect(ids).toEqual(stepOf('integrated').projects.map((p) => p.neighbourhood));
  });
});
