// @vitest-environment jsdom
// The uncertainty panel and the break-even control in jsdom. The worker is the real host
// (engine/uncertainty/protocol) run in-process behind the Worker interface, with messages
// structured-cloned and delivered asynchronously as a worker would.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { formatEuro } from '../../engine/i18n';
import { fixedPlanModel, monteCarlo } from '../../engine/uncertainty';
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
