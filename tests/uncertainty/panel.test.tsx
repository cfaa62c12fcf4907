// @vitest-environment jsdom
// The uncertainty panel and the break-even control in jsdom. The worker is the real host
// (engine/uncertainty/protocol) run in-process behind the Worker interface, with messages
// structured-cloned and delivered asynchronously as a worker would.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { formatEuro } from '../../engine/i18n';
import { breakEven, fixedPlanModel, inputKey, monteCarlo, uncertainInputs } from '../../engine/uncertainty';
import { inputLabel, inputValue } from '../../engine/uncertainty/labels';
import { createSensitivityHost, type FromWorker, type ToWorker } from '../../engine/uncertainty/protocol';
import { BreakEvenControl, SensitivityClient, UncertaintyPanel, type WorkerLike } from '../../renderer/uncertainty';
import { installResizeObserver } from '../renderer/dashboard/setup-dom';
import { twoPartyCase } from './helpers';

beforeAll(() => installResizeObserver());
afterEach(cleanup);

function inProcessWorker(sliceMs = 5): WorkerLike & { terminated: boolean } {
  const w: WorkerLike & { terminated: boolean } = {
    onmessage: null,
    terminated: false,
    postMessage(m: unknown) {
      const msg = structuredClone(m) as ToWorker;
      setTimeout(() => void host.handle(msg), 0);
    },
    terminate() { w.terminated = true; },
  };
  const host = createSensitivityHost((m: FromWorker) => {
    const copy = structuredClone(m);
    setTimeout(() => { if (!w.terminated) w.onmessage?.({ data: copy } as MessageEvent<FromWorker>); }, 0);
  }, { sliceMs });
  return w;
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');

describe('UncertaintyPanel', () => {
  it('runs the analysis and shows P10/P50/P90, the probability, the tornado and the histogram', async () => {
    const s = twoPartyCase();
    const client = new SensitivityClient(() => inProcessWorker());
    const { container } = render(<UncertaintyPanel scenario={s} lang="en" client={client} />);
    fireEvent.change(screen.getByLabelText('Iterations'), { target: { value: '2000' } });
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: '4' } });
    fireEvent.click(screen.getByTestId('unc-run'));
    await waitFor(() => expect(screen.getByTestId('unc-results')).toBeTruthy(), { timeout: 20_000 });
    const node = monteCarlo(fixedPlanModel(s), { iterations: 2000, seed: 4 });
    const euro = (v: number) => formatEuro('en', v, 0).replace(/\u00a0/g, ' ');
    expect(text(screen.getByTestId('unc-p10'))).toBe(euro(node.p10));
    expect(text(screen.getByTestId('unc-p50'))).toBe(euro(node.p50));
    expect(text(screen.getByTestId('unc-p90'))).toBe(euro(node.p90));
    expect(text(screen.getByTestId('unc-prob'))).toBe(`${(node.probPositive * 100).toFixed(1)}%`);
    await waitFor(() => {
      expect(container.querySelector('[data-chart="tornado"] svg.recharts-surface')).toBeTruthy();
      expect(container.querySelector('[data-chart="histogram"] svg.recharts-surface')).toBeTruthy();
    });
    // The histogram marks P10, P50 and P90.
    await waitFor(() => {
      const chart = container.querySelector('[data-chart="histogram"]')!;
      expect(chart.querySelectorAll('.recharts-reference-line-line')).toHaveLength(3);
      const labels = [...chart.querySelectorAll('text.recharts-label')].map((e) => e.textContent);
      expect(labels).toEqual(['P10', 'P50', 'P90']);
    });
  }, 60_000);

  it('shows progress while running and stops on Cancel', async () => {
    const client = new SensitivityClient(() => inProcessWorker(2));
    render(<UncertaintyPanel scenario={twoPartyCase()} lang="nl" client={client} />);
    fireEvent.change(screen.getByLabelText('Trekkingen'), { target: { value: '900000' } });
    fireEvent.click(screen.getByTestId('unc-run'));
    await waitFor(() => expect((document.querySelector('progress') as HTMLProgressElement | null)?.value ?? 0).toBeGreaterThan(0), { timeout: 20_000 });
    fireEvent.click(screen.getByTestId('unc-cancel'));
    await waitFor(() => expect(screen.getByTestId('unc-cancelled')).toBeTruthy(), { timeout: 20_000 });
    expect(document.querySelector('progress')).toBeNull();
    expect(screen.queryByTestId('unc-results')).toBeNull();
    expect(text(screen.getByTestId('unc-cancelled'))).toMatch(/^Geannuleerd na [\d.]+ trekkingen\.$/);
  }, 60_000);

  it('says so when the scenario has no uncertain inputs', () => {
    const s = twoPartyCase();
    s.settingRanges = {};
    s.works = s.works.map((w) => ({ ...w, unitCostLow: undefined, unitCostHigh: undefined }));
    render(<UncertaintyPanel scenario={s} lang="en" client={new SensitivityClient(() => inProcessWorker())} />);
    expect(screen.getByText(/No uncertain inputs/)).toBeTruthy();
    expect(screen.queryByTestId('unc-run')).toBeNull();
  });
});

describe('UncertaintyPanel break-even', () => {
  const rowsOf = (el: HTMLElement) => [...el.querySelectorAll('tbody tr')].map((tr) => ({
    key: tr.getAttribute('data-input'),
    cells: [...tr.querySelectorAll('th, td')].map((c) => text(c)),
  }));

  it('shows per ranged setting the value at which the saving is zero, or none in the range, in Dutch formats', async () => {
    const s = twoPartyCase();
    // A rate as well, shown as a Dutch percentage.
    s.settings.discountRate = 0.03;
    s.settingRanges.discountRate = { low: 0.01, high: 0.06 };
    render(<UncertaintyPanel scenario={s} lang="nl" client={new SensitivityClient(() => inProcessWorker())} />);
    fireEvent.change(screen.getByLabelText('Trekkingen'), { target: { value: '200' } });
    fireEvent.click(screen.getByTestId('unc-run'));
    const table = await waitFor(() => screen.getByTestId('unc-breakeven'), { timeout: 20_000 });
    expect(text(table.querySelector('h3'))).toBe('Omslagpunten');
    expect(text(table.querySelector('p'))).toContain('totale besparing (financieel)');
    expect([...table.querySelectorAll('thead th')].map((c) => text(c))).toEqual(['Invoer', 'Laag', 'Hoog', 'Omslagpunt', 'Besparing bij laag', 'Besparing bij hoog']);
    // One row per ranged setting (not per work), each with the engine's own answer.
    const model = fixedPlanModel(s);
    const settings = uncertainInputs(s).filter((i) => i.kind === 'setting');
    const rows = rowsOf(table);
    expect(rows.map((r) => r.key)).toEqual(settings.map(inputKey));
    const nbsp = (v: string) => v.replace(/\u00a0/g, ' ');
    for (const [i, input] of settings.entries()) {
      const b = breakEven(model, inputKey(input), { saving: 'total', perspective: 'financial' });
      const answer = b.found ? inputValue('nl', input, b.value) : `geen tussen ${inputValue('nl', input, input.low)} en ${inputValue('nl', input, input.high)}`;
      expect(rows[i]!.cells).toEqual([inputLabel('nl', input), inputValue('nl', input, input.low), inputValue('nl', input, input.high),
        answer, formatEuro('nl', b.atLow, 0), formatEuro('nl', b.atHigh, 0)].map(nbsp));
    }
    // Written out, so the Dutch formats are checked and not only echoed: the coordination cost
    // breaks even near € 10.750 (as the control below finds), the tender cost never in its range.
    const cell = (key: string) => rows.find((r) => r.key === key)!.cells[3];
    expect(cell('setting:coordinationPerExtraParty')).toMatch(/^€ 10\.7(49|50|51),\d\d$/);
    expect(cell('setting:tenderFixed')).toBe('geen tussen € 5.000,00 en € 20.000,00');
    expect(cell('setting:discountRate')).toMatch(/^(\d,\d\d%|geen tussen 1,00% en 6,00%)$/);
  }, 60_000);

  it('follows the chosen saving and perspective, and reads "none in [low, high]" in English', async () => {
    const s = twoPartyCase();
    render(<UncertaintyPanel scenario={s} lang="en" client={new SensitivityClient(() => inProcessWorker())} />);
    fireEvent.change(screen.getByLabelText('Iterations'), { target: { value: '200' } });
    fireEvent.change(screen.getByLabelText('Perspective'), { target: { value: 'societal' } });
    fireEvent.click(screen.getByTestId('unc-run'));
    const table = await waitFor(() => screen.getByTestId('unc-breakeven'), { timeout: 20_000 });
    expect(text(table.querySelector('p'))).toContain('total saving (societal)');
    const model = fixedPlanModel(s);
    const rows = rowsOf(table);
    for (const r of rows) {
      const input = model.inputs.find((i) => inputKey(i) === r.key)!;
      const b = breakEven(model, r.key!, { saving: 'total', perspective: 'societal' });
      const answer = b.found ? inputValue('en', input, b.value) : `none in [${inputValue('en', input, input.low)}, ${inputValue('en', input, input.high)}]`;
      expect(r.cells[3]).toBe(answer.replace(/\u00a0/g, ' '));
      expect(r.cells[4]).toBe(formatEuro('en', b.atLow, 0));
    }
    expect(rows.find((r) => r.key === 'setting:tenderFixed')!.cells[3]).toBe('none in [€5,000.00, €20,000.00]');
  }, 60_000);
});

describe('BreakEvenControl', () => {
  it('finds the value of the chosen input at which the saving is zero, or says there is none', async () => {
    const client = new SensitivityClient(() => inProcessWorker());
    render(<BreakEvenControl scenario={twoPartyCase()} lang="en" client={client} />);
    fireEvent.change(screen.getByLabelText('Input'), { target: { value: 'coordinationPerExtraParty' } });
    fireEvent.click(screen.getByText('Find'));
    await waitFor(() => expect(screen.getByTestId('breakeven-answer')).toBeTruthy(), { timeout: 20_000 });
    expect(text(screen.getByTestId('breakeven-answer'))).toMatch(/^Coordination per extra party: the saving is zero at €10,7(49|50|51)\.\d\d\.$/);
    fireEvent.change(screen.getByLabelText('Input'), { target: { value: 'tenderFixed' } });
    fireEvent.click(screen.getByText('Find'));
    await waitFor(() => expect(text(screen.queryByTestId('breakeven-answer'))).toContain('no break-even'), { timeout: 20_000 });
  }, 60_000);
});
