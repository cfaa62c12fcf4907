// The browser's planning pool: Web Workers, one per core, started by the engine worker the first
// time a large scenario is computed and kept for its later computations. Runs where Workers run
// (the page, the engine worker, the desktop app's renderer).
import type { PlanPool, PlanReply, PlanRequest } from '../../../engine/compute-pool';
import { dispatchPlans, type PlanThread } from '../../../engine/model/plan-dispatch';
import { requestBuffers } from '../../../engine/model/plan-jobs';

export interface BrowserPlanPool extends PlanPool {
  close(): void;
  /** Settles when every thread has loaded its code and, when asked to warm up, begun that (or
   *  failed). */
  ready: Promise<void>;
}

/** The part of a Worker the pool uses. */
interface ThreadWorker {
  postMessage(m: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<{ id: number; reply?: PlanReply; error?: string; loaded?: true; warming?: true }>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

const startWorker = (): ThreadWorker =>
  new Worker(new URL('./plan-thread.ts', import.meta.url), { type: 'module', name: 'koppelkans-planning' }) as unknown as ThreadWorker;

function thread(worker: ThreadWorker, warm: boolean, ready: () => void): PlanThread {
  const waiting = new Map<number, { resolve: (r: PlanReply) => void; reject: (e: Error) => void }>();
  let ids = 0;
  worker.onmessage = (e) => {
    // Asked once the thread runs, not at its start, and waited for until it has begun: a message
    // to a thread still loading is held by this (engine) worker until it next pauses, which a read
    // may not do for seconds.
    if (e.data.loaded) return warm ? worker.postMessage({ warm: true }, []) : ready();
    if (e.data.warming) return ready();
    const w = waiting.get(e.data.id);
    if (!w) return;
    waiting.delete(e.data.id);
    if (e.data.error !== undefined) w.reject(new Error(`planning thread: ${e.data.error}`));
    else w.resolve(e.data.reply!);
  };
  worker.onerror = (e) => {
    ready();
    for (const w of waiting.values()) w.reject(new Error(`planning thread: ${e.message}`));
    waiting.clear();
  };
  return (request: PlanRequest) => new Promise<PlanReply>((resolve, reject) => {
    const id = ids++;
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, request }, requestBuffers(request));
  });
}

/** `warm`: each thread first plans a small synthetic city (engine/plan-warmup), for a pool started
 *  while a workbook is read, so the real planning runs on optimised code. */
export function browserPlanPool(size = Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 2), warm = false): BrowserPlanPool {
  const workers = Array.from({ length: size }, startWorker);
  const ready: Promise<void>[] = [];
  const threads = workers.map((w) => {
    let done!: () => void;
    ready.push(new Promise<void>((r) => { done = r; }));
    return thread(w, warm, done);
  });
  return {
    size,
    ready: Promise.all(ready).then(() => undefined),
    run: (requests) => dispatchPlans(threads, requests),
    close: () => workers.forEach((w) => w.terminate()),
  };
}
