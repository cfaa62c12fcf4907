// A planning thread of the page's engine worker (a Web Worker it starts): answers planning
// requests of engine/compute-pool, the same code the command line's worker_threads run. It says when
// its code has loaded; asked to warm up, it says it has begun and plans a small synthetic city
// (engine/plan-warmup). ./plan-pool waits for that before a read keeps the engine worker busy.
import { answerPlanRequest, type PlanReply, type PlanRequest } from '../../../engine/model/plan-jobs';
import { warmUpPlanning } from '../../../engine/plan-warmup';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; request: PlanRequest } | { warm: true }>) => void) | null;
  postMessage(m: { id: number; reply?: PlanReply; error?: string } | { loaded: true } | { warming: true }): void;
};

scope.onmessage = (e) => {
  if ('warm' in e.data) {
    scope.postMessage({ warming: true });
    try {
      warmUpPlanning();
    } catch {
      // Only ever a head start: a real request is answered all the same.
    }
    return;
  }
  const { id, request } = e.data;
  try {
    scope.postMessage({ id, reply: answerPlanRequest(request) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};

scope.postMessage({ loaded: true });
