// Results for document states, computed on the page when that is quick and in a Web Worker when it
// is not. Small scenarios stay synchronous: a slider then shows its result in the same frame, with
// no message round trip. A scenario goes to the worker when it has many works or when its last
// computation took long (measured, per document), so the page never freezes on a big one.
//
// Each document is a lane. A lane runs at most one worker job; a newer state for the lane ends the
// job still running (the worker is terminated: its answer would be stale anyway), so the latest
// request always wins and a slider dragged over a big scenario does not queue up computations.
// Results are kept per immutable DocState (a WeakMap): undo, switching documents and the
// comparison reuse them.
import { applyWhatIf } from '../../dashboard/whatif';
import { isDragging, subscribeDragging } from '../../dashboard/dragging';
import { Holder } from './held';
import type { Scenario } from '../../../engine/scenario/schema';
import type { DocState } from '../state/documents';
import { computeScenario, type ComputeOutcome } from './engine';
import type { ComputeAnswer, WorkerLike } from './protocol';
import { defaultMaxSyncWorks } from './jobs';
import { patchFor } from './scenario-patch';
import { measure, recordSince, recordWorkerTimes } from './timing';
import type { ComputeResult } from '../../../engine/model/result';
import type { PlanData } from '../../../engine/uncertainty/plan-data';
import { Unpacker } from './unpack';

export interface Entry {
  /** What was computed: the inputs with the what-if laid over. */
  effective: Scenario;
  outcome: ComputeOutcome;
}

export interface LaneView {
  /** The result of the state asked for, once there is one. */
  entry: Entry | null;
  /** The lane's last result for an earlier state, shown (marked stale) while computing. */
  stale: Entry | null;
  busy: boolean;
  /** performance.now() when the running job started (busy only). */
  since: number;
}


export interface ComputerOptions {
  /** More works than this: straight to the worker. */
  maxSyncWorks: number;
  /** A lane whose last computation took longer than this (ms) uses the worker. */
  maxSyncMs: number;
}

export const defaultComputerOptions: ComputerOptions = { maxSyncWorks: defaultMaxSyncWorks, maxSyncMs: 120 };

interface Running {
  job: number;
  state: DocState;
  effective: Scenario;
  worker: WorkerLike;
  since: number;
}

interface Lane {
  running: Running | null;
  idle: WorkerLike | null;
  last: Entry | null;
  lastMs: number;
  /** The last re-planned result: the plan held while amounts move. */
  planned: Entry | null;
  /** The state whose headline is held (evaluated once per state). */
  held: DocState | null;
  /** The last result from the worker while its rest (lists and views) is on its way. */
  following: { job: number; state: DocState; entry: Entry } | null;
  /** A slider moved while that rest was on its way: the lane waits for it. */
  waiting: boolean;
}

export class Computer {
  private readonly cache = new WeakMap<DocState, Entry>();
  private readonly lanes = new Map<string, Lane>();
  private readonly listeners = new Set<() => void>();
  private jobs = 0;
  private workerBroken = false;
  /** Jobs sent to a worker, and jobs ended early because a newer state arrived; held headlines,
   *  held-plan data gathered on the page and received from the worker (for tests). */
  readonly stats = { workerJobs: 0, cancelled: 0, syncRuns: 0, held: 0, heldCompiled: 0, heldReceived: 0 };
  private readonly holder = new Holder(() => { this.stats.heldCompiled += 1; });
  private readonly unpacker = new Unpacker();
  /** Worker results whose held-plan data is still to come, by job. */
  private readonly toHold = new Map<number, ComputeResult>();
  /** The scenario each worker was last sent: the next job sends only what changed. */
  private readonly sent = new WeakMap<WorkerLike, Scenario>();
  private spare: WorkerLike | null = null;

  constructor(
    private readonly makeWorker: (() => WorkerLike) | null,
    private readonly options: ComputerOptions = defaultComputerOptions,
  ) {
    // A slider let go: the held states now go to the worker for the re-planned result.
    subscribeDragging(() => {
      if (!isDragging() && [...this.lanes.values()].some((l) => (l.held !== null && l.running === null) || l.waiting)) this.notify();
    });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The result if it is already known; never starts a computation. */
  peek(state: DocState): Entry | null {
    return this.cache.get(state) ?? null;
  }

  /** The lane's view of `state`: its result, computed now when small, else asked of the worker. */
  resolve(laneId: string, state: DocState): LaneView {
    const lane = this.lane(laneId);
    const hit = this.cache.get(state);
    if (hit) {
      if (lane.running && lane.running.state !== state) this.cancel(lane);
      lane.last = hit;
      lane.planned = hit;
      if (lane.held !== null) { lane.held = null; this.holder.clear(); }
      return { entry: hit, stale: null, busy: false, since: 0 };
    }
    const effective = applyWhatIf(state.scenario, state.whatIf);
    if (!this.useWorker(lane, effective)) {
      if (lane.running) this.cancel(lane);
      const outcome = computeScenario(effective);
      this.stats.syncRuns += 1;
      lane.lastMs = outcome.ms;
      const entry = { effective, outcome };
      this.cache.set(state, entry);
      lane.last = entry;
      lane.planned = entry;
      return { entry, stale: null, busy: false, since: 0 };
    }
    // A slider moved before the last result's rest came: its plan is held once the rest is here
    // (the re-planned notice counts its projects against the next plan's), and nothing is computed
    // meanwhile.
    if (lane.following && lane.following.entry === lane.planned && isDragging()) {
      lane.waiting = true;
      return { entry: null, stale: lane.last, busy: true, since: performance.now() };
    }
    // Only amounts moved since the last re-planned result: its plan is held for the headline at
    // once, and re-planning waits until the slider stops (a newer move would end it anyway).
    if (lane.held !== state) {
      const src = lane.planned;
      // Not the plan of a result whose rest is still on its way (see above).
      const holds = src !== null && src.outcome.ok && lane.following?.entry !== src && this.holder.hold(src.effective, src.outcome.result, effective);
      lane.held = holds ? state : null;
      if (holds) this.stats.held += 1;
      else this.holder.clear();
    }
    if (lane.held === state && isDragging()) {
      if (lane.running) this.cancel(lane);
      return { entry: null, stale: lane.last, busy: true, since: performance.now() };
    }
    if (lane.running?.state !== state) this.start(laneId, lane, state, effective);
    return { entry: null, stale: lane.last, busy: true, since: lane.running?.since ?? 0 };
  }

  /** Takes a worker that read a workbook, holding its scenario, for the next job that needs one:
   *  that job then sends only what differs from it (for a document just opened: nothing). */
  adopt(worker: WorkerLike, scenario: Scenario): void {
    if (!this.makeWorker || this.workerBroken) {
      worker.terminate();
      return;
    }
    this.spare?.terminate();
    this.spare = worker;
    this.sent.set(worker, scenario);
  }

  private takeSpare(): WorkerLike | null {
    const w = this.spare;
    this.spare = null;
    return w;
  }

  /** Ends the lane's job and worker (a document closed). */
  drop(laneId: string): void {
    const lane = this.lanes.get(laneId);
    if (!lane) return;
    if (lane.running) this.cancel(lane);
    this.unfollow(lane);
    lane.idle?.terminate();
    this.lanes.delete(laneId);
  }

  /** Ends the lanes of documents no longer open (a workspace replaced them all). */
  retain(openIds: ReadonlySet<string>): void {
    for (const id of [...this.lanes.keys()]) if (!openIds.has(id)) this.drop(id);
  }

  private lane(id: string): Lane {
    let lane = this.lanes.get(id);
    if (!lane) {
      lane = { running: null, idle: null, last: null, lastMs: 0, planned: null, held: null, following: null, waiting: false };
      this.lanes.set(id, lane);
    }
    return lane;
  }

  private useWorker(lane: Lane, effective: Scenario): boolean {
    if (!this.makeWorker || this.workerBroken) return false;
    return effective.works.length > this.options.maxSyncWorks || lane.lastMs > this.options.maxSyncMs;
  }

  private cancel(lane: Lane): void {
    lane.running?.worker.terminate();
    lane.running = null;
    this.stats.cancelled += 1;
  }

  /** The lane's last result will not get its rest (a newer job replaces it): it is forgotten, so
   *  going back to its state computes it again rather than showing it without its details. */
  private unfollow(lane: Lane): void {
    const f = lane.following;
    lane.waiting = false;
    if (!f) return;
    lane.following = null;
    this.unpacker.drop(f.job);
    if (this.cache.get(f.state) === f.entry) this.cache.delete(f.state);
  }

  private start(laneId: string, lane: Lane, state: DocState, effective: Scenario): void {
    if (lane.running) this.cancel(lane);
    this.unfollow(lane);
    let worker: WorkerLike;
    try {
      worker = lane.idle ?? this.takeSpare() ?? this.makeWorker!();
    } catch {
      // No worker here (a policy or an old browser): compute on the page from now on.
      this.workerBroken = true;
      this.notifySoon();
      return;
    }
    lane.idle = null;
    this.jobs += 1;
    const running: Running = { job: this.jobs, state, effective, worker, since: performance.now() };
    lane.running = running;
    this.stats.workerJobs += 1;
    worker.onmessage = (e) => {
      const received = performance.now();
      if (e.data.kind === 'rest') return this.rest(lane, e.data, received);
      if (e.data.kind === 'held') return this.heldData(e.data.job, e.data.data, e.data.ms);
      if (lane.running !== running || e.data.kind !== 'compute' || e.data.job !== running.job) return;
      recordWorkerTimes('compute', e.data.at, received, e.data.phases);
      const entry = { effective, outcome: this.unpacker.outcome(running.job, e.data.outcome, effective) };
      performance.mark('kk:compute.received');
      this.cache.set(state, entry);
      lane.last = entry;
      lane.planned = entry;
      lane.lastMs = e.data.outcome.ms;
      if (lane.held === state && entry.outcome.ok) this.holder.replanned(entry.outcome.result);
      lane.held = null;
      lane.running = null;
      // The worker stays for the lane's next job, unless the lane was dropped meanwhile.
      if (this.lanes.get(laneId) === lane) lane.idle = worker;
      else worker.terminate();
      if (entry.outcome.ok) {
        lane.following = { job: running.job, state, entry };
        this.expectHeld(running.job, entry.outcome.result);
      }
      this.notify();
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      if (lane.running !== running) return;
      worker.terminate();
      lane.running = null;
      // The worker could not run (failed to load, or crashed): compute on the page instead.
      this.workerBroken = true;
      this.notify();
    };
    const before = this.sent.get(worker);
    this.sent.set(worker, effective);
    const t0 = performance.now();
    const withPlan = lane.held === state;
    worker.postMessage(before ? { kind: 'compute', job: running.job, patch: patchFor(before, effective), withPlan } : { kind: 'compute', job: running.job, scenario: effective, withPlan });
    recordSince('compute.post', t0);
  }

  /** The rest of the lane's last result came: in place, and its plan ready to hold (with the
   *  held-plan data that follows it from the worker). A rest of an older job is ignored. */
  private rest(lane: Lane, a: Extract<ComputeAnswer, { kind: 'rest' }>, received: number): void {
    const f = lane.following;
    if (f?.job !== a.job || !this.unpacker.rest(a.job, a.rest)) return;
    lane.following = null;
    recordWorkerTimes('compute.rest', a.at, received, a.phases);
    performance.mark('kk:compute.rest.received');
    // A slider moved meanwhile: its plan can be held now.
    if (lane.waiting) {
      lane.waiting = false;
      this.notify();
    }
  }

  /** The worker sends the held-plan data of job `job`'s result next (./held): the page never
   *  gathers it for that result. A few recent jobs are awaited; an older one's never comes. */
  private expectHeld(job: number, result: ComputeResult): void {
    this.holder.expect(result);
    this.toHold.set(job, result);
    for (const k of this.toHold.keys()) if (this.toHold.size > 4) this.toHold.delete(k);
  }

  private heldData(job: number, data: PlanData | null, ms: number): void {
    const result = this.toHold.get(job);
    this.toHold.delete(job);
    if (!result) return;
    // The gathering in the worker, drawn as ending when its data arrived (it ended a little before).
    const t = performance.now();
    measure('held.worker', t - ms, t);
    this.stats.heldReceived += 1;
    this.holder.adopt(result, data);
    if (data !== null) return;
    // None will come: a state held on that result goes to the worker instead.
    const held = [...this.lanes.values()].filter((l) => l.held !== null && l.planned?.outcome.ok && l.planned.outcome.result === result);
    for (const l of held) l.held = null;
    if (held.length) this.notify();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  private notifySoon(): void {
    queueMicrotask(() => this.notify());
  }
}

/** The engine worker, a module worker built by Vite next to the page's own bundle; null where the
 *  page has no workers (tests in jsdom). */
export function browserWorkerFactory(): (() => WorkerLike) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** The browser's compute store. */
export function browserComputer(): Computer {
  return new Computer(browserWorkerFactory());
}

export { makeReader, makeResultsWriter, makeWriter, type Reader, type ResultsWriter, type Writer } from './jobs';
export type { WorkerLike };
