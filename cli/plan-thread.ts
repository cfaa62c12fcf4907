// A planning thread of the command line (worker_threads): answers planning requests of
// engine/compute-pool, and hashes scenarios for it, until its pool closes.
import { parentPort } from 'node:worker_threads';
import { scenarioHashAsync } from '../engine/model/canonical';
import { answerPlanRequest, type PlanRequest } from '../engine/model/plan-jobs';
import type { Scenario } from '../engine/scenario/schema';

const port = parentPort!;
const failed = (id: number, e: unknown) => port.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
port.on('message', (m: { id: number; request?: PlanRequest; hash?: Scenario }) => {
  try {
    if (m.hash !== undefined) scenarioHashAsync(m.hash).then((reply) => port.postMessage({ id: m.id, reply }), (e: unknown) => failed(m.id, e));
    else port.postMessage({ id: m.id, reply: answerPlanRequest(m.request!) });
  } catch (e) {
    failed(m.id, e);
  }
});
