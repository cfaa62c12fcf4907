// A planning thread of the page's engine worker (a Web Worker it starts): answers planning
// requests of engine/compute-pool, the same code the command line's worker_threads run.
import { answerPlanRequest, type PlanReply, type PlanRequest } from '../../../engine/model/plan-jobs';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; request: PlanRequest }>) => void) | null;
  postMessage(m: { id: number; reply?: PlanReply; error?: string }): void;
};

scope.onmessage = (e) => {
  const { id, request } = e.data;
  try {
    scope.postMessage({ id, reply: answerPlanRequest(request) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
