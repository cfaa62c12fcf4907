// The Shapley balancing key off the page's thread: its coalitions are whole computations of the
// scenario (255 of them for the example's eight parties), seconds of work the page must not wait on.
// zod must go jitless before any schema is built, or its eval probe breaks the page's CSP.
import '../../../zod-jitless';
import { balancing } from '../../../../engine/balancing/balance';
import { compute } from '../../../../engine/compute';
import type { ShapleyAnswer, ShapleyJob } from './shapley';

const scope = self as unknown as { postMessage(m: ShapleyAnswer): void; onmessage: ((e: MessageEvent<ShapleyJob>) => void) | null };

scope.onmessage = (e) => {
  const { id, scenario, computedAt } = e.data;
  try {
    const result = compute(scenario, { computedAt });
    scope.postMessage({ id, ok: true, offer: balancing(result, 'shapley', scenario) });
  } catch (err) {
    scope.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
