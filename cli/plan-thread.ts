// A planning thread of the command line (worker_threads): answers planning requests of
// engine/compute-pool until its pool closes.
import { parentPort } from 'node:worker_threads';
import { answerPlanRequest, type PlanRequest } from '../engine/model/plan-jobs';

const port = parentPort!;
port.on('message', (m: { id: number; request: PlanRequest }) => {
  try {
    port.postMessage({ id: m.id, reply: answerPlanRequest(m.request) });
  } catch (e) {
    port.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
  }
});
