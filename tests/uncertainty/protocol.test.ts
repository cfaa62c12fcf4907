// The worker protocol, driven with real timers in Node: the host the browser worker runs.
import { describe, expect, it } from 'vitest';
import { createSensitivityHost, type FromWorker } from '../../engine/uncertainty/protocol';
import { buildExample } from '../../scenarios/example';
import { twoPartyCase } from './helpers';

const choice = { saving: 'total', perspective: 'financial' } as const;

describe('sensitivity worker protocol', () => {
  it('cancelling stops a running Monte Carlo: no more progress, no result', async () => {
    const got: FromWorker[] = [];
    let cancelAt = -1;
    const host = createSensitivityHost((m) => {
      got.push(m);
      // Cancel as soon as the first progress arrives, as the Cancel button would.
      if (m.type === 'progress' && cancelAt < 0) {
        cancelAt = got.length;
        void host.handle({ type: 'cancel', id: 1 });
      }
    }, { sliceMs: 5 });
    const iterations = 5_000_000;
    const t0 = performance.now();
    await host.handle({ type: 'run', id: 1, scenario: buildExample(), choice, monteCarlo: { iterations, seed: 1 } });
    const ms = performance.now() - t0;
    const last = got[got.length - 1]!;
    expect(last.type).toBe('cancelled');
    expect(got.some((m) => m.type === 'result')).toBe(false);
    // Nothing but the cancellation after the progress that triggered it.
    expect(got.length).toBe(cancelAt + 1);
    if (last.type === 'cancelled') {
      expect(last.done).toBeGreaterThan(0);
      expect(last.done).toBeLessThan(iterations);
    }
    // 5 million iterations take minutes; a cancelled run ends within a slice or two.
    expect(ms).toBeLessThan(10_000);
    expect(host.running).toBe(0);
  });

  it('reports progress and then the whole analysis', async () => {
    const got: FromWorker[] = [];
    const host = createSensitivityHost((m) => got.push(m), { sliceMs: 2 });
    await host.handle({
      type: 'run', id: 7, scenario: twoPartyCase(), choice, tornado: true,
      monteCarlo: { iterations: 3_000, seed: 9 }, breakEven: ['setting:coordinationPerExtraParty'],
    });
    const progress = got.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.map((p) => (p.type === 'progress' ? p.done : 0))).toEqual(
      [...progress.map((p) => (p.type === 'progress' ? p.done : 0))].sort((a, b) => a - b));
    const last = got[got.length - 1]!;
    expect(last.type).toBe('result');
    if (last.type !== 'result') return;
    expect(last.id).toBe(7);
    expect(last.result.inputs.map((i) => i.key)).toEqual(['setting:tenderFixed', 'setting:sitePerDay', 'setting:coordinationPerExtraParty', 'work:W1']);
    expect(last.result.tornado?.bars[0]?.input.key).toBe('coordinationPerExtraParty');
    expect(last.result.monteCarlo?.iterations).toBe(3_000);
    expect(last.result.breakEven?.[0]?.found).toBe(true);
    // Structured clone is how it travels to the page: the result must survive it.
    expect(structuredClone(last.result)).toEqual(last.result);
  });

  it('answers an invalid scenario with an error carrying the problems', async () => {
    const got: FromWorker[] = [];
    const host = createSensitivityHost((m) => got.push(m));
    const s = twoPartyCase();
    s.works[0]!.party = 'Nobody';
    await host.handle({ type: 'run', id: 3, scenario: s, choice, tornado: true });
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ type: 'error', id: 3 });
    if (got[0]?.type === 'error') expect(got[0].problems?.[0]?.code).toBe('ref.unknownParty');
  });
});
