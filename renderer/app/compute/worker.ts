// The compute worker: validates and computes one scenario per message, off the page's main thread,
// so a large scenario never freezes the interface. Same engine call as the synchronous path.
import '../../zod-jitless';
import { computeScenario } from './engine';
import type { ComputeAnswer, ComputeJob } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ComputeJob>) => void) | null; postMessage(m: ComputeAnswer): void };

scope.onmessage = (e) => {
  const { job, scenario } = e.data;
  const outcome = computeScenario(scenario);
  // Project cost lines are built on first read; structured clone reads them, so they are built
  // here in the worker rather than on the page.
  scope.postMessage({ job, outcome });
};
