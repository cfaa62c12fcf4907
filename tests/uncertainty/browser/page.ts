// A bare page around the real sensitivity worker and client (renderer/uncertainty), for the
// Chromium tests and the browser benchmark: window.kk runs and cancels analyses, and counts how
// often the page's own timer fired during a run (the interface must never freeze).
import { SensitivityClient, type RunOutcome } from '../../../renderer/uncertainty/client';
import type { AnalysisRequest } from '../../../engine/uncertainty/protocol';

const client = new SensitivityClient();
const progress: { done: number; total: number; at: number }[] = [];

declare global {
  interface Window {
    kk: {
      run(req: Omit<AnalysisRequest, 'type' | 'id'>): Promise<RunOutcome & { ms: number; maxTimerGapMs: number }>;
      cancel(): void;
      progress: typeof progress;
    };
  }
}

window.kk = {
  progress,
  async run(req) {
    progress.length = 0;
    // A 10 ms page timer: the biggest gap between its ticks shows whether the page stayed free.
    let last = performance.now();
    let maxGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 10);
    const t0 = performance.now();
    const out = await client.run(req, (done, total) => progress.push({ done, total, at: performance.now() - t0 }));
    const ms = performance.now() - t0;
    clearInterval(timer);
    return { ...out, ms, maxTimerGapMs: maxGap };
  },
  cancel: () => client.cancel(),
};
document.getElementById('state')!.textContent = 'ready';
