// @vitest-environment jsdom
// A big result reaches the page in two messages, its head and then its rest (renderer/app/compute).
// Here the worker's own code path answers (through structured clones, as postMessage copies) and
// the dashboard renders the head: the headline, badges, waterfall and cash flow at once, the lower
// sections once the rest came, and nothing of the result computed on the page meanwhile.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { formatEuro } from '../../../engine/i18n';
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import { buildExample } from '../../../scenarios/example';
import { Answerer } from '../../../renderer/app/compute/answer';
import type { ComputeAnswer } from '../../../renderer/app/compute/protocol';
import { Unpacker } from '../../../renderer/app/compute/unpack';
import { Dashboard } from '../../../renderer/dashboard';
import { hasCapital } from '../../../renderer/dashboard/sections';
import { installResizeObserver } from './setup-dom';

beforeAll(() => installResizeObserver());
afterEach(cleanup);

const onPage = () => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('kk:compute.onPage.')).map((m) => m.name);
const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');

/** A worker's answers to compute jobs, and the page's unpacker. */
function worker() {
  const answerer = new Answerer();
  const unpacker = new Unpacker();
  let job = 0;
  return {
    /** The head of `scenario`'s result, decoded on the page, and a function that brings its rest. */
    compute(scenario: Scenario): { result: ComputeResult; rest: () => void } {
      job += 1;
      const n = job;
      const head = structuredClone(answerer.answer({ kind: 'compute', job: n, scenario }));
      if (head.kind !== 'compute') throw new Error('no compute answer');
      const o = unpacker.outcome(n, head.outcome, scenario);
      if (!o.ok) throw new Error('does not compute');
      return {
        result: o.result,
        rest: () => {
          const steps = answerer.rest(n);
          let s = steps.next();
          while (!s.done) s = steps.next();
          const rest = structuredClone(s.value as Extract<ComputeAnswer, { kind: 'rest' }>);
          act(() => { unpacker.rest(n, rest.rest); });
        },
      };
    },
  };
}

describe('a worker-computed result on the dashboard', () => {
  it('shows the first screen from the head, the lower sections once the rest came, computing nothing on the page', () => {
    performance.clearMeasures();
    const scenario = buildExample();
    const w = worker();
    const first = w.compute(scenario);
    const { container, rerender } = render(<Dashboard result={first.result} scenario={scenario} lang="nl" />);
    const saving = container.querySelector('.kk-headline-card[data-perspective="financial"] .kk-saving')!;
    expect(norm(saving.textContent)).toContain(norm(formatEuro('nl', first.result.savings.total.financial, 0)));
    expect(container.querySelector('[data-chart="waterfall"] svg')).not.toBeNull();
    expect(container.querySelector('[data-chart="cashflow"]')).not.toBeNull();
    expect(container.querySelector('[data-chart="matrix"]')).toBeNull();
    expect(container.querySelector('[data-chart="cashflow"] option[value="capital"]')).toBeNull();
    expect(container.querySelector('[data-testid=details-following]')!.textContent).toContain('komen eraan');
    expect(onPage()).toEqual([]);

    first.rest();
    expect(container.querySelector('[data-chart="matrix"]')).not.toBeNull();
    expect(container.querySelector('[data-section="parties"]')).not.toBeNull();
    expect(container.querySelector('[data-testid=details-following]')).toBeNull();
    expect(container.querySelector('.kk-lower[data-following]')).toBeNull();
    // The capital-charge view of the cash flow is offered once its rows are here.
    expect(container.querySelector('[data-chart="cashflow"] option[value="capital"]') !== null).toBe(hasCapital(first.result));

    // A newer result: its head shows at once, the lower sections stay the previous ones, marked.
    const next = { ...scenario, settings: { ...scenario.settings, tenderFixed: scenario.settings.tenderFixed + 250_000 } };
    const second = w.compute(next);
    rerender(<Dashboard result={second.result} scenario={next} lang="en" />);
    expect(norm(container.querySelector('.kk-headline-card[data-perspective="financial"] .kk-saving')!.textContent))
      .toContain(norm(formatEuro('en', second.result.savings.total.financial, 0)));
    expect(container.querySelector('[data-testid=details-following]')!.textContent).toContain('still from the previous computation');
    expect(container.querySelector('.kk-lower[data-following] [data-chart="matrix"]')).not.toBeNull();
    second.rest();
    expect(container.querySelector('[data-testid=details-following]')).toBeNull();
    expect(container.querySelector('.kk-lower[data-following]')).toBeNull();
    expect(onPage()).toEqual([]);
  });

  it("never shows another document's details while a result's follow", () => {
    performance.clearMeasures();
    const scenario = buildExample();
    const w = worker();
    const a = w.compute(scenario);
    a.rest();
    const { container, rerender } = render(<Dashboard result={a.result} scenario={scenario} lang="en" docId="a" />);
    expect(container.querySelector('[data-chart="matrix"]')).not.toBeNull();
    const other = { ...scenario, settings: { ...scenario.settings, name: 'Other' } };
    const b = w.compute(other);
    rerender(<Dashboard result={b.result} scenario={other} lang="en" docId="b" />);
    expect(container.querySelector('.kk-lower')).toBeNull();
    expect(container.querySelector('[data-testid=details-following]')!.textContent).toContain('on their way');
    b.rest();
    expect(container.querySelector('.kk-lower [data-chart="matrix"]')).not.toBeNull();
    expect(container.querySelector('[data-testid=details-following]')).toBeNull();
    expect(onPage()).toEqual([]);
  });

  it('makes a part read before the rest came visible: it is computed on the page and measured', () => {
    performance.clearMeasures();
    const scenario = buildExample();
    const { result, rest } = worker().compute(scenario);
    expect(result.steps[0]!.works.length).toBe(scenario.works.length);
    expect(onPage()).toEqual(['kk:compute.onPage.separate.works']);
    rest();
    expect(result.neighbourhoods!.length).toBe(scenario.neighbourhoods.length);
    expect(onPage()).toEqual(['kk:compute.onPage.separate.works']);
  });
});
