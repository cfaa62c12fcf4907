// The messages between the interface and the sensitivity worker, and the worker's side of them
// (a host that is pure TypeScript, so Node tests drive exactly the code the browser worker runs).
// Long runs go in time slices: between slices the host yields to the event loop, which is where a
// `cancel` message gets in; progress is posted after every slice.
import { InputError, type Problem } from '../problems';
import type { Scenario } from '../scenario/schema';
import { breakEven, type BreakEvenResult } from './breakeven';
import { fixedPlanModel } from './compiled-plan';
import { replanModel, type StepEvaluator } from './fixed-plan';
import { inputKey } from './inputs';
import { startMonteCarlo, type MonteCarloResult } from './montecarlo';
import type { SavingChoice } from './saving';
import { tornado, type TornadoResult } from './tornado';

export interface AnalysisRequest {
  type: 'run';
  id: number;
  scenario: Scenario;
  choice: SavingChoice;
  /** Re-plan per draw (slower). */
  replan?: boolean;
  tornado?: boolean;
  monteCarlo?: { iterations: number; seed: number; bins?: number };
  /** Input keys ("setting:tenderFixed", ...) to find the break-even of. */
  breakEven?: string[];
}

export type ToWorker = AnalysisRequest | { type: 'cancel'; id: number };

/** A serialisable summary of an uncertain input (the interface labels it). */
export interface InputSummary {
  key: string;
  kind: 'setting' | 'work' | 'variant';
  id: string;
  low: number;
  base: number;
  high: number;
}

export interface AnalysisResult {
  inputs: InputSummary[];
  tornado?: TornadoResult;
  monteCarlo?: MonteCarloResult;
  breakEven?: BreakEvenResult[];
  /** Wall-clock milliseconds of the Monte Carlo iterations. */
  monteCarloMs?: number;
}

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: AnalysisResult }
  | { type: 'cancelled'; id: number; done: number }
  | { type: 'error'; id: number; message: string; problems?: Problem[] };

export interface HostOptions {
  /** Milliseconds of work between yields (default 40: progress stays smooth, cancel is quick). */
  sliceMs?: number;
  /** Gives the event loop a turn (default: a zero timeout). */
  yieldNow?: () => Promise<void>;
  now?: () => number;
}

const summary = (m: StepEvaluator): InputSummary[] =>
  m.inputs.map((i) => ({ key: inputKey(i), kind: i.kind, id: i.id, low: i.low, base: i.base, high: i.high }));

/** The worker side: feed it every message; it answers through `post`. */
export function createSensitivityHost(post: (m: FromWorker) => void, options: HostOptions = {}) {
  const sliceMs = options.sliceMs ?? 40;
  const yieldNow = options.yieldNow ?? (() => new Promise<void>((r) => setTimeout(r, 0)));
  const now = options.now ?? (() => performance.now());
  const cancelled = new Set<number>();
  let running = 0;

  async function run(req: AnalysisRequest): Promise<void> {
    running++;
    try {
      const model = req.replan ? replanModel(req.scenario) : fixedPlanModel(req.scenario);
      const result: AnalysisResult = { inputs: summary(model) };
      if (req.tornado) result.tornado = tornado(model, req.choice);
      if (req.breakEven?.length) result.breakEven = req.breakEven.map((k) => breakEven(model, k, req.choice));
      if (req.monteCarlo) {
        const mc = startMonteCarlo(model, { ...req.monteCarlo, choice: req.choice });
        const t0 = now();
        // Iterations per slice adapt to the measured speed, so a slice lasts about sliceMs.
        let batch = 16;
        for (;;) {
          await yieldNow();
          if (cancelled.has(req.id)) {
            post({ type: 'cancelled', id: req.id, done: mc.done });
            return;
          }
          const s0 = now();
          const finished = mc.advance(batch);
          const took = Math.max(0.001, now() - s0);
          batch = Math.max(1, Math.min(100_000, Math.round((batch * sliceMs) / took)));
          post({ type: 'progress', id: req.id, done: mc.done, total: mc.total });
          if (finished) break;
        }
        result.monteCarloMs = now() - t0;
        result.monteCarlo = mc.result();
      }
      if (cancelled.has(req.id)) {
        post({ type: 'cancelled', id: req.id, done: 0 });
        return;
      }
      post({ type: 'result', id: req.id, result });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      post(e instanceof InputError ? { type: 'error', id: req.id, message, problems: e.problems } : { type: 'error', id: req.id, message });
    } finally {
      cancelled.delete(req.id);
      running--;
    }
  }

  return {
    /** Resolves when a run is over (tests await it; the worker ignores it). */
    handle(msg: ToWorker): Promise<void> {
      if (msg.type === 'cancel') {
        cancelled.add(msg.id);
        return Promise.resolve();
      }
      return run(msg);
    },
    get running() { return running; },
  };
}
