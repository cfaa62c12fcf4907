// The command line's planning pool: one worker_threads thread per core. Started before the
// workbook is read, so the threads load their code while this thread reads and resolves the works.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PlanPool, PlanReply, PlanRequest } from '../engine/compute-pool';
import { bundleState } from './bundle.mjs';
import { dispatchPlans, type PlanThread } from '../engine/model/plan-dispatch';
import { requestBuffers } from '../engine/model/plan-jobs';

export interface NodePlanPool extends PlanPool {
  close(): Promise<void>;
}

/** In the bundle (cli/dist) the thread is a chunk of its own. From the sources (tsx, tests,
 *  benchmarks) the same chunk when the bundle is current, as it starts in a fraction of the time
 *  tsx takes; else the thread's sources through tsx. */
function threadUrl(): URL {
  if (import.meta.url.endsWith('.mjs')) return new URL('./plan-thread.mjs', import.meta.url);
  return bundleState() === 'current' ? new URL('./dist/plan-thread.mjs', import.meta.url) : new URL('./plan-thread-source.mjs', import.meta.url);
}

function startThread(url: URL): { thread: PlanThread; worker: Worker } {
  const worker = new Worker(url);
  // An idle thread must not keep the command from ending.
  worker.unref();
  const waiting = new Map<number, { resolve: (r: PlanReply) => void; reject: (e: Error) => void }>();
  let ids = 0;
  worker.on('message', (m: { id: number; reply?: PlanReply; error?: string }) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.error !== undefined) w.reject(new Error(`planning thread: ${m.error}`));
    else w.resolve(m.reply!);
  });
  const failAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`planning thread ended (exit ${code})`)));
  const thread: PlanThread = (request: PlanRequest) => new Promise<PlanReply>((resolve, reject) => {
    const id = ids++;
    waiting.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ id, request }, requestBuffers(request));
  }).finally(() => {
    if (waiting.size === 0) worker.unref();
  });
  return { thread, worker };
}

export function nodePlanPool(size = availableParallelism()): NodePlanPool {
  const url = threadUrl();
  const started = Array.from({ length: Math.max(1, size) }, () => startThread(url));
  return {
    size: started.length,
    run: (requests) => dispatchPlans(started.map((s) => s.thread), requests),
    close: async () => {
      await Promise.all(started.map((s) => s.worker.terminate()));
    },
  };
}
