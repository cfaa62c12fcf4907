// The page's side of the sensitivity worker: one worker per client, one run at a time; progress
// through a callback, the outcome as a promise; cancel() ends the run (the worker answers
// `cancelled`) and a stuck worker is terminated and replaced after a grace period.
import type { AnalysisRequest, AnalysisResult, FromWorker } from '../../engine/uncertainty/protocol';

export type RunOutcome =
  | { kind: 'result'; result: AnalysisResult }
  | { kind: 'cancelled'; done: number }
  | { kind: 'error'; message: string; problems?: import('../../engine/problems').Problem[] };

export interface WorkerLike {
  postMessage(m: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
}

export const makeSensitivityWorker = (): WorkerLike =>
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'koppelkans-sensitivity' }) as unknown as WorkerLike;

export class SensitivityClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private current: { id: number; resolve: (o: RunOutcome) => void; onProgress?: (done: number, total: number) => void } | null = null;

  constructor(private readonly make: () => WorkerLike = makeSensitivityWorker, private readonly graceMs = 2000) {}

  private ensure(): WorkerLike {
    if (!this.worker) {
      const w = this.make();
      w.onmessage = (e) => this.receive(e.data);
      this.worker = w;
    }
    return this.worker;
  }

  private receive(m: FromWorker): void {
    const c = this.current;
    if (!c || m.id !== c.id) return;
    if (m.type === 'progress') {
      c.onProgress?.(m.done, m.total);
      return;
    }
    this.current = null;
    if (m.type === 'result') c.resolve({ kind: 'result', result: m.result });
    else if (m.type === 'cancelled') c.resolve({ kind: 'cancelled', done: m.done });
    else c.resolve({ kind: 'error', message: m.message, problems: m.problems });
  }

  get busy(): boolean {
    return this.current !== null;
  }

  run(req: Omit<AnalysisRequest, 'type' | 'id'>, onProgress?: (done: number, total: number) => void): Promise<RunOutcome> {
    if (this.current) this.cancel();
    const id = this.nextId++;
    return new Promise<RunOutcome>((resolve) => {
      this.current = { id, resolve, onProgress };
      this.ensure().postMessage({ ...req, type: 'run', id } satisfies AnalysisRequest);
    });
  }

  /** Asks the worker to stop; if it does not answer in time (stuck in a long synchronous part),
   *  it is terminated, and the run reported cancelled. */
  cancel(): void {
    const c = this.current;
    if (!c || !this.worker) return;
    this.worker.postMessage({ type: 'cancel', id: c.id });
    setTimeout(() => {
      if (this.current?.id !== c.id) return;
      this.worker?.terminate();
      this.worker = null;
      this.current = null;
      c.resolve({ kind: 'cancelled', done: 0 });
    }, this.graceMs);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.current = null;
  }
}
