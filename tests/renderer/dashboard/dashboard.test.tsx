// @vitest-environment jsdom
// The dashboard rendered in jsdom on the real example computed by the real engine.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { compute } from '../../../engine/compute';
import { formatEuro } from '../../../engine/i18n';
import { buildExample } from '../../../scenarios/example';
import { Dashboard } from '../../../renderer/dashboard';
import { tickLines } from '../../../renderer/dashboard/AxisTick';
import { installResizeObserver } from './setup-dom';

const scenario = buildExample();
const result = compute(scenario, { computedAt: '2026-01-01T00:00:00Z' });
const pv = (id: string, p: 'financial' | 'societal') => result.steps.find((s) => s.id === id)!.pv[p];

beforeAll(() => installResizeObserver());

/** Data tables render only while their <details> is open (keeps slider moves cheap): open it. */
function openTable(el: HTMLElement) {
  const d = el.querySelector('details') as HTMLDetailsElement;
  d.open = true;
  fireEvent(d, new Event('toggle'));
}
afterEach(cleanup);

describe('Dashboard headline', () => {
  it('shows separate, integrated and saving in both perspectives, in nl-NL euros', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="nl" />);
    for (const p of ['financial', 'societal'] as const) {
      const card = container.querySelector(`.kk-headline-card[data-perspective="${p}"]`) as HTMLElement;
      const text = card.textContent!.replace(/\u00a0/g, ' ');
      expect(text).toContain(formatEuro('nl', pv('separate', p), 0).replace(/\u00a0/g, ' '));
      expect(text).toContain(formatEuro('nl', pv('integrated', p), 0).replace(/\u00a0/g, ' '));
      expect(text).toContain(formatEuro('nl', result.savings.total[p], 0).replace(/\u00a0/g, ' '));
    }
    // Dutch format: € 4.406.195 style grouping with dots.
    expect(formatEuro('nl', 4406195, 0).replace(/\u00a0/g, ' ')).toBe('€ 4.406.195');
    const pct = ((result.savings.total.financial / pv('separate', 'financial')) * 100).toFixed(1).replace('.', ',');
    expect(container.querySelector('.kk-headline-card[data-perspective="financial"]')!.textContent).toContain(`${pct}`);
  });

  it('renders in English with English labels and formats', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    expect(screen.getAllByText('Separate (present value)').length).toBe(2);
    expect(container.textContent).toContain(formatEuro('en', result.savings.total.financial, 0));
  });

  it('says so when there is no result', () => {
    render(<Dashboard result={null} lang="en" />);
    expect(screen.getByRole('status').textContent).toContain('No result yet');
  });
});

describe('charts and their data tables', () => {
  it('draws the waterfall as SVG and lists its five bars in a data table', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const chart = container.querySelector('[data-chart="waterfall"]') as HTMLElement;
    expect(chart.querySelector('svg.recharts-surface')).not.toBeNull();
    openTable(chart);
    const rows = chart.querySelectorAll('details table tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-key'))).toEqual(['separate', 'bundling', 'differentiation', 'citizen', 'integrated']);
    const bundling = [...rows][1]!.textContent!;
    expect(bundling).toContain(formatEuro('en', -result.savings.bundling.financial, 0));
    // Every chart has a described region and a data table.
    for (const id of ['waterfall', 'cashflow', 'matrix']) {
      const c = container.querySelector(`[data-chart="${id}"]`)!;
      expect(c.querySelector('details summary')!.textContent).toBe('Data table');
      expect(c.querySelector('.kk-chart-body')!.getAttribute('aria-describedby')).toBe(`kk-${id}-desc`);
    }
  });

  it('wraps long waterfall axis labels over two lines, short ones stay on one', () => {
    expect(tickLines('Neighbourhood differentiation')).toEqual(['Neighbourhood', 'differentiation']);
    expect(tickLines('Citizen-run maintenance')).toEqual(['Citizen-run', 'maintenance']);
    expect(tickLines('Bundling')).toEqual(['Bundling']);
    expect(tickLines('Wijkdifferentiatie')).toEqual(['Wijkdifferentiatie']);
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const ticks = [...container.querySelectorAll('[data-chart="waterfall"] .recharts-xAxis-tick-labels text')];
    const lines = ticks.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent));
    expect(lines).toContainEqual(['Neighbourhood', 'differentiation']);
    expect(lines).toContainEqual(['Citizen-run', 'maintenance']);
    expect(lines).toContainEqual(['Bundling']);
  });

  it('cash flow table follows the discounted toggle', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const chart = container.querySelector('[data-chart="cashflow"]') as HTMLElement;
    openTable(chart);
    const firstTotal = () => chart.querySelector('details tbody tr td:last-child')!.textContent;
    const nominal = firstTotal();
    fireEvent.click(within(chart).getByLabelText(/Discounted/));
    expect(firstTotal()).not.toBe(nominal);
  });

  it('the opportunity matrix outlines bundles and shows where moved works came from', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const m = container.querySelector('[data-chart="matrix"]') as HTMLElement;
    const integrated = result.steps.find((s) => s.id === 'integrated')!;
    const moved = integrated.projects.flatMap((p) => p.moved);
    expect(m.querySelectorAll('.kk-chip')).toHaveLength(scenario.works.length);
    const first = moved[0]!;
    expect(within(m).getByRole('button', { name: `${first.work}: planned ${first.from}, executed ${first.to}` })).toBeTruthy();
    const multi = integrated.projects.filter((p) => p.works.length > 1).length;
    expect(m.querySelectorAll('svg rect[stroke="#1f4e79"][fill="none"]')).toHaveLength(multi);
  });

  it('lists every integrated project and every party with its flag', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const integrated = result.steps.find((s) => s.id === 'integrated')!;
    expect(container.querySelectorAll('[data-section="projects"] tr[data-project]')).toHaveLength(integrated.projects.length);
    const partyRows = container.querySelectorAll('[data-section="parties"] tr[data-party]');
    expect(partyRows).toHaveLength(result.parties.length);
    expect(container.querySelectorAll('[data-section="parties"] tr.kk-flagged')).toHaveLength(result.parties.filter((p) => p.flagged).length);
  });
});

describe('explain panel', () => {
  it('explains the total saving: formula and the two step values', () => {
    const onExplain = vi.fn();
    render(<Dashboard result={result} scenario={scenario} lang="en" onExplain={onExplain} />);
    const btn = screen.getByRole('button', { name: `Saving, Financial: ${formatEuro('en', result.savings.total.financial, 0)}. Explain` });
    fireEvent.click(btn);
    const panel = screen.getByRole('region', { name: /Explanation/ });
    expect(panel.textContent).toContain('Separate works − Integrated');
    expect(panel.textContent).toContain(formatEuro('en', pv('separate', 'financial')));
    expect(panel.textContent).toContain(formatEuro('en', pv('integrated', 'financial')));
    expect(onExplain).toHaveBeenCalledWith(expect.objectContaining({ value: formatEuro('en', result.savings.total.financial) }));
    expect(document.activeElement?.id).toBe('kk-explain-title');
  });

  it('explains a cost line from its recorded inputs and the rows it came from', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const integrated = result.steps.find((s) => s.id === 'integrated')!;
    const project = integrated.projects.find((p) => p.works.length > 1)!;
    const line = project.lines.find((l) => l.key === 'engineering')!;
    const row = container.querySelector(`tr[data-project="${project.id}"]`) as HTMLElement;
    openTable(row);
    // The amount's name says which project by its neighbourhood's name, year and first work.
    const who = `${scenario.neighbourhoods.find((n) => n.id === project.neighbourhood)!.name} ${project.year} (${project.works[0]})`;
    fireEvent.click(within(row).getByRole('button', { name: `Preparation and engineering ${who}: ${formatEuro('en', line.nominal, 0)}. Explain` }));
    const panel = screen.getByRole('region', { name: /Explanation/ });
    expect(panel.textContent).toContain('engineeringFixed + engineeringRate × direct cost');
    expect(panel.textContent).toContain(formatEuro('en', line.inputs.settings.engineeringFixed!));
    expect(panel.textContent).toContain(formatEuro('en', line.inputs.values.direct!));
    for (const w of project.works) expect(panel.textContent).toContain(`sheet Works, ${w}`);
  });

  it('row links call back to jump to the sheet row; Close empties the panel', () => {
    const onJump = vi.fn();
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" onJumpToRow={onJump} />);
    const chip = container.querySelector('[data-chart="matrix"] .kk-chip') as HTMLElement;
    fireEvent.keyDown(chip, { key: 'Enter' });
    const panel = screen.getByRole('region', { name: /Explanation/ });
    fireEvent.click(within(panel).getAllByRole('button', { name: /sheet Works/ })[0]!);
    expect(onJump).toHaveBeenCalledWith(expect.objectContaining({ sheet: 'works' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: /Explanation/ })).toBeNull();
  });

  it('no explanation shows a raw message key', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="nl" />);
    const row = container.querySelector('tr[data-project]') as HTMLElement;
    openTable(row);
    const buttons = [
      ...container.querySelectorAll('.kk-headline button.kk-num'),
      ...row.querySelectorAll('button.kk-num'),
      ...container.querySelectorAll('[data-section="parties"] button.kk-num'),
      container.querySelector('[data-chart="matrix"] .kk-chip')!,
    ];
    for (const b of buttons) {
      if (b.classList.contains('kk-chip')) fireEvent.keyDown(b, { key: 'Enter' }); else fireEvent.click(b);
      const panel = screen.getByRole('region', { name: /Uitleg/ });
      expect(panel.textContent, b.getAttribute('aria-label') ?? '').not.toMatch(/\b(dash|whatif)\.[a-zA-Z]+/);
    }
  });

  it('every number on the dashboard is a keyboard-reachable button', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const nums = container.querySelectorAll('button.kk-num');
    expect(nums.length).toBeGreaterThan(40);
    for (const n of [...nums].slice(0, 50)) expect(n.getAttribute('aria-label')).toMatch(/Explain$/);
  });
});

describe('sections of the example beyond the core', () => {
  it('variants per neighbourhood, the hours budget and budget fit appear with the engine figures', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    expect(result.variants!.length).toBeGreaterThan(0);
    const variants = container.querySelector('[data-section="variants"]') as HTMLElement;
    expect(variants.querySelectorAll('tbody tr')).toHaveLength(result.variants!.length);
    const first = result.variants![0]!;
    expect(variants.textContent).toContain(first.work);
    expect(variants.textContent).toContain(formatEuro('en', first.saving, 0));

    const hours = container.querySelector('[data-section="hours"]') as HTMLElement;
    const nbs = [...new Set(result.hours!.map((h) => h.neighbourhood))];
    expect(hours.querySelectorAll('tbody tr[data-neighbourhood]')).toHaveLength(nbs.length);
    const nb = nbs[0]!;
    const resident = result.hours!.filter((h) => h.neighbourhood === nb).reduce((a, h) => a + h.residentHours, 0);
    expect(hours.querySelector(`tr[data-neighbourhood="${nb}"]`)!.textContent).toContain(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(resident));

    const budgets = container.querySelector('[data-section="budgets"]') as HTMLElement;
    const short = result.budgets!.shortfalls.length;
    expect(budgets.querySelector('[role="status"]')!.textContent).toBe(short === 0 ? 'All budgets suffice.' : `${short} budget shortfalls`);
    expect(budgets.querySelectorAll('tr.kk-flagged')).toHaveLength(short);
  });

  it('the cash flow offers the capital-charge view and explains a cell by its parts', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="en" />);
    const chart = container.querySelector('[data-chart="cashflow"]') as HTMLElement;
    fireEvent.change(within(chart).getByLabelText(/View/), { target: { value: 'capital' } });
    expect(chart.querySelector('h2')!.textContent).toBe('Capital charges per party per year');
    openTable(chart);
    fireEvent.click(chart.querySelector('details tbody button.kk-num') as HTMLElement);
    const panel = screen.getByRole('region', { name: /Explanation/ });
    expect(panel.textContent).toContain('Depreciation');
    expect(panel.textContent).toContain('Interest');
  });
});

describe('presentation mode', () => {
  it('shows only the headline and the waterfall', () => {
    const { container } = render(<Dashboard result={result} scenario={scenario} lang="nl" presentation />);
    expect(container.querySelector('.kk-presentation')).not.toBeNull();
    expect(container.querySelector('[data-chart="waterfall"]')).not.toBeNull();
    expect(container.querySelector('[data-chart="cashflow"]')).toBeNull();
    expect(container.querySelector('[data-section="projects"]')).toBeNull();
  });
});
