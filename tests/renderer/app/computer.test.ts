// The compute store's choices, with the real engine: small scenarios compute on the page, big ones
// (or ones measured slow) in a worker; a newer state ends the running job and its answer is never
// used; a worker that cannot run falls back to the page. Node has no Web Worker, so the worker
// here runs the same worker code path (computeScenario) on a timer; the real module worker is
// exercised in Chromium by tests/e2e/app-worker.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Computer, makeReader, makeWriter, type WorkerLike } from '../../../renderer/app/compute/computer';
import { computeScenario, readScenarioBytes, writeScenarioBytes } from '../../../renderer/app/compute/engine';
import type { ComputeAnswer, ComputeJob, PrepareJob } from '../../../renderer/app/compute/protocol';
import { Answerer, follow } from '../../../renderer/app/compute/answer';
import { emptyWhatIf } from '../../../renderer/dashboard/whatif';
import type { DocState } from '../../../renderer/app/state/documents';
import { readWorkbook, type ReadProgress } from '../../../engine/workbook/read';
import { computeHeld, heldPlanOf, projectsChanged } from '../../../engine/held-plan';
import type { ComputeResult } from '../../../engine/model/result';
import { detailsCame } from '../../../renderer/dashboard/details';

/** Parts of a result computed on the page because they were read before its rest came. */
const onPage = () => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('kk:compute.onPage.')).map((m) => m.name);

const exampleBytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'scenarios', 'vier-testwijken.xlsx')));
const read = readWorkbook(exampleBytes);
if (!read.ok) throw new Error('example does not read');
const example = read.scenario;

class TimerWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<ComputeAnswer>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  jobs: number[] = [];
  /** The jobs as sent (a what-if job sends only what changed). */
  sent: (ComputeJob | PrepareJob)[] = [];
  // One answerer per worker: what a worker keeps between jobs, as in the real worker.
  private readonly answerer = new Answerer();
  constructor(private readonly fail = false) {}
  postMessage(job: ComputeJob | PrepareJob): void {
    this.sent.push(job);
    // The real worker starts its planning pool; this one has none.
    if (job.kind === 'prepare') return;
    this.jobs.push(job.job);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.fail) {
        this.onerror?.({ preventDefault() {} } as ErrorEvent);
        return;
      }
      // The worker's own answer function, through structured clones both ways, as a real worker.
      const tell = (progress: ReadProgress) => this.onmessage?.({ data: { kind: 'progress', job: job.job, progress } } as MessageEvent<ComputeAnswer>);
      const answer: ComputeAnswer = this.answerer.answer(structuredClone(job), tell);
      this.onmessage?.({ data: structuredClone(answer) } as MessageEvent<ComputeAnswer>);
      // A result's rest follows its head, built in steps as the worker builds it; then, in a task
      // of its own, the held-plan data of its result.
      if (job.kind === 'compute') {
        const send = (a: ComputeAnswer) => {
          if (!this.terminated) this.onmessage?.({ data: structuredClone(a) } as MessageEvent<ComputeAnswer>);
        };
        follow(this.answerer.rest(job.job), send, () => setTimeout(() => send(this.answerer.held(job.job)), 0));
      }
    }, 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function store(opts: { maxSyncWorks: number; maxSyncMs: number }, fail = false) {
  const workers: TimerWorker[] = [];
  performance.clearMeasures();
  const computer = new Computer(() => {
    const w = new TimerWorker(fail);
    workers.push(w);
    return w;
  }, opts);
  let notified = 0;
  computer.subscribe(() => {
    notified += 1;
  });
  const until = async (f: () => boolean) => {
    for (let i = 0; i < 400 && !f(); i++) await new Promise((r) => setTimeout(r, 10));
  };
  /** Whether the result of `s` is here with its rest. */
  const whole = (s: DocState) => {
    const o = computer.peek(s)?.outcome;
    return o?.ok === true && detailsCame(o.result);
  };
  return { computer, workers, notified: () => notified, until, whole };
}

const state = (tenderFixed?: number): DocState => ({
  scenario: tenderFixed === undefined ? example : { ...example, settings: { ...example.settings, tenderFixed } },
  whatIf: emptyWhatIf,
});

describe('compute store', () => {
  it('computes a small scenario on the page, at once, and keeps the result per state', () => {
    const { computer, workers } = store({ maxSyncWorks: 400, maxSyncMs: 1e9 });
    const s = state();
    const v = computer.resolve('a', s);
    expect(v.busy).toBe(false);
    expect(v.entry?.outcome.ok).toBe(true);
    expect(workers).toHaveLength(0);
    expect(computer.resolve('a', s).entry).toBe(v.entry);
    expect(computer.stats.syncRuns).toBe(1);
  });

  it('sends a big scenario to the worker and shows the previous result meanwhile', async () => {
    const { computer, workers, until } = store({ maxSyncWorks: 10, maxSyncMs: 1e9 });
    const s1 = state();
    expect(computer.resolve('a', s1)).toMatchObject({ entry: null, stale: null, busy: true });
    await until(() => computer.peek(s1) !== null);
    const first = computer.resolve('a', s1);
    expect(first.busy).toBe(false);
    expect(first.entry?.outcome.ok).toBe(true);
    if (first.entry?.outcome.ok) {
      const direct = computeScenario(example);
      expect(direct.ok && first.entry.outcome.result.savings).toEqual(direct.ok && direct.result.savings);
    }
    const s2 = state(500_000);
    const pending = computer.resolve('a', s2);
    expect(pending.busy).toBe(true);
    expect(pending.stale).toBe(first.entry);
    // The idle worker of the lane is reused.
    await until(() => computer.peek(s2) !== null);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.jobs).toHaveLength(2);
  });

  it('sends a reused worker only what changed, and its result is exactly compute() of the whole scenario', async () => {
    const { computer, workers, until, whole } = store({ maxSyncWorks: 10, maxSyncMs: 1e9 });
    const s1 = state();
    computer.resolve('a', s1);
    await until(() => computer.peek(s1) !== null);
    const s2 = state(432_100);
    computer.resolve('a', s2);
    await until(() => whole(s2));
    const [full, patch] = workers[0]!.sent;
    expect(full).toMatchObject({ kind: 'compute', scenario: s1.scenario });
    expect(patch).toMatchObject({ kind: 'compute', patch: { keys: Object.keys(s2.scenario), changed: { settings: s2.scenario.settings } } });
    expect(Object.keys(patch && 'patch' in patch ? patch.patch.changed : {})).toEqual(['settings']);
    const got = computer.peek(s2)!.outcome;
    const direct = computeScenario(s2.scenario);
    expect(got.ok && direct.ok).toBe(true);
    if (got.ok && direct.ok) {
      const stamp = (r: ComputeResult) => JSON.stringify({ ...r, meta: { ...r.meta, computedAt: '' } });
      expect(stamp(got.result)).toBe(stamp(direct.result));
    }
  });

  it('lets the latest request win: a newer state ends the running job, whose answer is never used', async () => {
    const { computer, workers, until, notified } = store({ maxSyncWorks: 10, maxSyncMs: 1e9 });
    const older = state(111_111);
    const newer = state(222_222);
    computer.resolve('a', older);
    computer.resolve('a', newer);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(computer.stats.cancelled).toBe(1);
    await until(() => computer.peek(newer) !== null);
    await new Promise((r) => setTimeout(r, 50));
    expect(computer.peek(older)).toBeNull();
    expect(notified()).toBe(1);
    const v = computer.resolve('a', newer);
    expect(v.entry?.effective.settings.tenderFixed).toBe(222_222);
  });

  it('moves a lane to the worker once a computation on the page took long', async () => {
    const { computer, workers, until } = store({ maxSyncWorks: 1e9, maxSyncMs: 0 });
    expect(computer.resolve('a', state()).busy).toBe(false);
    const next = state(300_000);
    expect(computer.resolve('a', next).busy).toBe(true);
    expect(workers).toHaveLength(1);
    await until(() => computer.peek(next) !== null);
    // Other documents are measured on their own.
    expect(computer.resolve('b', state(400_000)).busy).toBe(false);
    // A document no longer open: its idle worker ends.
    computer.retain(new Set(['b']));
    expect(workers[0]!.terminated).toBe(true);
  });

  it('falls back to the page when the worker cannot run', async () => {
    const { computer, until, notified } = store({ maxSyncWorks: 10, maxSyncMs: 1e9 }, true);
    const s = state();
    expect(computer.resolve('a', s).busy).toBe(true);
    await until(() => notified() > 0);
    const v = computer.resolve('a', s);
    expect(v.busy).toBe(false);
    expect(v.entry?.outcome.ok).toBe(true);
  });

  it('reads big workbooks in a worker and small ones on the page, with the same outcome', async () => {
    const workers: TimerWorker[] = [];
    const factory = () => {
      const w = new TimerWorker();
      workers.push(w);
      return w;
    };
    const inWorker = await makeReader(factory, 0)(exampleBytes);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
    const onPage = await makeReader(factory, 10_000_000)(exampleBytes);
    expect(workers).toHaveLength(1);
    expect(inWorker.ok && onPage.ok).toBe(true);
    if (inWorker.ok && onPage.ok) expect(inWorker.scenario).toEqual(onPage.scenario);
    // A worker that fails: the page reads it.
    const fallback = await makeReader(() => new TimerWorker(true), 0)(exampleBytes);
    expect(fallback.ok).toBe(true);
  });

  it('keeps the worker that read a workbook for its first computation, which then sends no scenario', async () => {
    const { computer, workers, until } = store({ maxSyncWorks: 10, maxSyncMs: 1e9 });
    const readers: TimerWorker[] = [];
    const progress: string[] = [];
    const r = await makeReader(() => {
      const w = new TimerWorker();
      readers.push(w);
      return w;
    }, 0, (w, s) => computer.adopt(w, s))(exampleBytes, (p) => progress.push(p.stage));
    expect(r.ok).toBe(true);
    expect(progress[0]).toBe('opening');
    expect(progress).toContain('sheets');
    expect(progress.at(-1)).toBe('checking');
    expect(readers[0]!.terminated).toBe(false);
    const s: DocState = { scenario: r.scenario!, whatIf: emptyWhatIf };
    computer.resolve('a', s);
    await until(() => computer.peek(s) !== null);
    expect(workers).toHaveLength(0);
    expect(readers[0]!.sent.at(-1)).toMatchObject({ kind: 'compute', patch: { changed: {} } });
    const got = computer.peek(s)!.outcome;
    const direct = computeScenario(example);
    expect(got.ok && direct.ok && got.result.savings).toEqual(direct.ok && direct.result.savings);
  });

  it('starts the worker of the next read ahead when asked, and reads in it', async () => {
    const made: TimerWorker[] = [];
    const reader = makeReader(() => {
      const w = new TimerWorker();
      made.push(w);
      return w;
    }, 0);
    reader.prepare?.();
    expect(made).toHaveLength(1);
    // Told to prepare (its planning pool may start while the file is chosen), and nothing else yet.
    expect(made[0]!.sent).toEqual([{ kind: 'prepare' }]);
    const r = await reader(exampleBytes);
    expect(r.ok).toBe(true);
    expect(made).toHaveLength(1);
    expect(made[0]!.sent[1]).toMatchObject({ kind: 'read' });
  });

  it('writes big scenarios in a worker: the bytes read back to the same scenario', async () => {
    const workers: TimerWorker[] = [];
    const bytes = await makeWriter(() => {
      const w = new TimerWorker();
      workers.push(w);
      return w;
    }, 0)(example, 'nl');
    expect(workers).toHaveLength(1);
    const back = readWorkbook(bytes);
    const direct = readWorkbook(writeScenarioBytes(example, 'nl'));
    expect(back.ok && direct.ok).toBe(true);
    if (back.ok && direct.ok) expect(back.scenario).toEqual(direct.scenario);
  });

  it('without any worker computes everything on the page', () => {
    const computer = new Computer(null, { maxSyncWorks: 0, maxSyncMs: 0 });
    expect(computer.resolve('a', state()).entry?.outcome.ok).toBe(true);
  });
});

/** The held headline for `next` is compute() for the plan of `s0`'s result, and the page never
 *  gathered the evaluator's data itself. */
async function expectHeldFromWorker(computer: Computer, s0: DocState, next: DocState): Promise<void> {
  const { heldView } = await import('../../../renderer/dashboard/live');
  const h = heldView();
  expect(h?.kind).toBe('held');
  const forced = computeHeld(next.scenario, heldPlanOf((computer.peek(s0)!.outcome as { result: ComputeResult }).result));
  if (h?.kind === 'held') expect((h.cents.financial[0] - h.cents.financial[3]) / 100).toBe(forced.savings.total.financial);
  expect(computer.stats.heldCompiled).toBe(0);
}

describe('compute store, plan held while a slider moves', () => {
  it('shows the held headline without a worker job while dragging, and re-plans once released', async () => {
    const { setDragging, isDragging } = await import('../../../renderer/dashboard/dragging');
    const { heldView } = await import('../../../renderer/dashboard/live');
    const { computer, workers, until, notified, whole } = store({ maxSyncWorks: 10, maxSyncMs: 1e9 });
    const s0 = state();
    computer.resolve('a', s0);
    await until(() => whole(s0));
    // The held-plan data follows the result's rest from the worker (before it, see below).
    await until(() => computer.stats.heldReceived > 0);
    const planned = computer.resolve('a', s0).entry!;
    setDragging(true);
    const moves = [state(300_000), state(400_000), state(500_000)];
    for (const s of moves) {
      const v = computer.resolve('a', s);
      expect(v).toMatchObject({ entry: null, stale: planned, busy: true });
      const h = heldView();
      expect(h?.kind).toBe('held');
      // The held headline is compute() for the plan on screen.
      const forced = computeHeld(s.scenario, heldPlanOf((planned.outcome as { result: ComputeResult }).result));
      if (h?.kind === 'held') expect((h.cents.financial[0] - h.cents.financial[3]) / 100).toBe(forced.savings.total.financial);
    }
    expect(workers[0]!.jobs).toHaveLength(1);
    expect(computer.stats.held).toBe(3);
    const before = notified();
    setDragging(false);
    await until(() => !isDragging() && notified() > before);
    const last = moves[2]!;
    expect(computer.resolve('a', last).busy).toBe(true);
    await until(() => computer.peek(last) !== null);
    expect(workers[0]!.jobs).toHaveLength(2);
    const h = heldView();
    expect(h?.kind).toBe('replanned');
    if (h?.kind === 'replanned') {
      expect(h.result).toBe(computer.peek(last)!.outcome.ok && (computer.peek(last)!.outcome as { result: unknown }).result);
      const re = (computer.peek(last)!.outcome as { result: ComputeResult }).result;
      const forced = computeHeld(last.scenario, heldPlanOf((planned.outcome as { result: ComputeResult }).result));
      expect(h.changed).toBe(projectsChanged(forced, re));
      expect(h.savingDiff.financial).toBeCloseTo(re.savings.total.financial - forced.savings.total.financial, 2);
    }
    // The notice came with the head: nothing of the result was computed on the page.
    expect(onPage()).toEqual([]);
  });

  it('holds the plan of a result whose rest is still on its way once it came, computing nothing meanwhile', async () => {
    const { setDragging, isDragging } = await import('../../../renderer/dashboard/dragging');
    const { heldView } = await import('../../../renderer/dashboard/live');
    const { computer, workers, until, notified, whole } = store({ maxSyncWorks: 10, maxSyncMs: 1e9 });
    const s0 = state(321_000);
    computer.resolve('c', s0);
    await until(() => computer.peek(s0) !== null);
    expect(whole(s0)).toBe(false);
    const shown = computer.resolve('c', s0).entry!;
    setDragging(true);
    const moved = state(322_000);
    // (Compared by identity: a deep comparison would read the result's parts still on their way.)
    const waiting = computer.resolve('c', moved);
    expect([waiting.entry, waiting.stale === shown, waiting.busy]).toEqual([null, true, true]);
    expect(computer.stats.held).toBe(0);
    const before = notified();
    await until(() => whole(s0));
    // The rest came: the page is told, and the plan is held now.
    await until(() => notified() > before);
    const held = computer.resolve('c', moved);
    expect([held.entry, held.stale === shown, held.busy]).toEqual([null, true, true]);
    // Its amounts once the held-plan data, which follows the rest, came.
    await until(() => heldView()?.kind === 'held');
    expect(computer.stats.held).toBe(1);
    expect(workers[0]!.jobs).toHaveLength(1);
    expect(onPage()).toEqual([]);
    setDragging(false);
    await until(() => !isDragging());
  });

  it('ignores the rest of an older job and forgets its result, whose details never come', async () => {
    const { computer, workers, until, whole } = store({ maxSyncWorks: 10, maxSyncMs: 1e9 });
    const older = state(611_000);
    const newer = state(622_000);
    // The newer state comes the moment the older one's head is shown, before its rest.
    let rests = 0;
    computer.subscribe(() => {
      if (computer.peek(older) && rests++ === 0) computer.resolve('d', newer);
    });
    computer.resolve('d', older);
    // The worker takes the newer job before it builds the older one's rest, which it then drops.
    await until(() => whole(newer));
    expect(workers).toHaveLength(1);
    expect(computer.peek(older)).toBeNull();
    const got = computer.peek(newer)!.outcome;
    const direct = computeScenario(newer.scenario);
    if (got.ok && direct.ok) {
      const stamp = (r: ComputeResult) => JSON.stringify({ ...r, meta: { ...r.meta, computedAt: '' } });
      expect(stamp(got.result)).toBe(stamp(direct.result));
    }
    expect(onPage()).toEqual([]);
  });

  it('never gathers the held data on the page for a worker result: it comes from the worker, and holds from it', async () => {
    const { setDragging, isDragging } = await import('../../../renderer/dashboard/dragging');
    const { computer, until, whole } = store({ maxSyncWorks: 10, maxSyncMs: 1e9 });
    const s0 = state(123_000);
    computer.resolve('b', s0);
    await until(() => whole(s0) && computer.stats.heldReceived > 0);
    expect(computer.stats.heldReceived).toBe(1);
    setDragging(true);
    const next = state(124_000);
    expect(computer.resolve('b', next)).toMatchObject({ entry: null, busy: true });
    expect(computer.stats.held).toBe(1);
    await expectHeldFromWorker(computer, s0, next);
    setDragging(false);
    await until(() => !isDragging());
  });

  it('shows the plan held with its amounts to follow when a slider moves before the data came, then the numbers', async () => {
    const { setDragging, isDragging } = await import('../../../renderer/dashboard/dragging');
    const { heldView } = await import('../../../renderer/dashboard/live');
    const { computer, until, whole } = store({ maxSyncWorks: 10, maxSyncMs: 1e9 });
    const s0 = state(223_000);
    const next = state(224_000);
    let seen: unknown = null;
    // The first move in the very task the result arrives in; then again in the task its rest
    // arrives in, when the plan's data is still in the worker.
    const stop = computer.subscribe(() => {
      if (seen !== null || computer.peek(s0) === null) return;
      setDragging(true);
      expect(computer.resolve('c', next)).toMatchObject({ entry: null, busy: true });
      if (whole(s0)) seen = heldView();
    });
    computer.resolve('c', s0);
    await until(() => seen !== null && computer.stats.heldReceived > 0);
    stop();
    expect(seen).toMatchObject({ kind: 'waiting', source: (computer.peek(s0)!.outcome as { result: unknown }).result });
    await expectHeldFromWorker(computer, s0, next);
    setDragging(false);
    await until(() => !isDragging());
  });

  it('ends a pointer drag soon after release, and a keyboard step after a quiet period', async () => {
    const { setDragging, noteSliderMoved, isDragging } = await import('../../../renderer/dashboard/dragging');
    vi.useFakeTimers();
    try {
      setDragging(true);
      noteSliderMoved();
      setDragging(false);
      vi.advanceTimersByTime(200);
      expect(isDragging()).toBe(false);
      noteSliderMoved();
      vi.advanceTimersByTime(200);
      expect(isDragging()).toBe(true);
      vi.advanceTimersByTime(600);
      expect(isDragging()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
