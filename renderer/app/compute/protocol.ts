// Messages between the page and the engine worker. A compute job is one scenario, a read job one
// workbook's bytes, a write job a scenario to save as a workbook, a results job a results workbook
// to export; answers carry the job id so the page can drop ones it no longer wants (the latest
// request wins). A computed result travels packed (engine/transfer): its bulk in transferred typed
// arrays, in two answers, its head (what the first screen shows) as soon as it is computed and
// its rest (lists and views) built and packed after that ('rest'). A read job reports its stages
// as 'progress' answers before its outcome, which travels packed as well. After a compute answer
// the worker sends the held plan's evaluator data ('held').
import type { Lang } from '../../../engine/i18n/index';
import type { Scenario } from '../../../engine/scenario/schema';
import type { PackedData } from '../../../engine/transfer/data';
import type { PackedHead, PackedRest } from '../../../engine/transfer/result';
import type { PlanData } from '../../../engine/uncertainty/plan-data';
import type { ReadProgress } from '../../../engine/workbook/read';
import type { ComputeOutcome, ReadOutcome } from './engine';
import type { ResultsRequest } from './results-export';
import type { ScenarioPatch } from './scenario-patch';
import type { WorkerTimes } from './timing';

export type ComputeJob =
  /** `patch`: only what changed since the scenario this worker was last sent (./scenario-patch);
   *  `withPlan`: the integrated step's projects travel in the head (a re-plan after a held plan:
   *  its notice counts the projects that changed). */
  | { kind: 'compute'; job: number; scenario: Scenario; withPlan?: boolean }
  | { kind: 'compute'; job: number; patch: ScenarioPatch; withPlan?: boolean }
  | { kind: 'read'; job: number; bytes: Uint8Array }
  | { kind: 'write'; job: number; scenario: Scenario; lang: Lang }
  | { kind: 'results'; job: number; request: ResultsRequest };

/** A compute outcome as sent: the result's head packed (its rest follows). */
export type PackedOutcome =
  | { ok: true; head: PackedHead; warnings: Extract<ComputeOutcome, { ok: true }>['warnings']; ms: number }
  | Extract<ComputeOutcome, { ok: false }>;

export type ComputeAnswer =
  /** `phases`: milliseconds the worker spent packing the head. */
  | { kind: 'compute'; job: number; outcome: PackedOutcome; at?: WorkerTimes; phases?: { pack: number } }
  /** The rest of compute job `job`'s result (not sent when a newer job came first); `phases`:
   *  milliseconds building its views, and packing it. */
  | { kind: 'rest'; job: number; rest: PackedRest; at?: WorkerTimes; phases?: { views: number; pack: number } }
  /** Sent after compute job `job`'s answer: the data the page makes the held-plan evaluator from
   *  (./held), its buffers transferred; null when a newer job came first. `ms`: gathering it. */
  | { kind: 'held'; job: number; data: PlanData | null; ms: number }
  /** `outcome`: the ReadOutcome packed (engine/transfer/data); `phases`: milliseconds packing it. */
  | { kind: 'read'; job: number; outcome: PackedData; at?: WorkerTimes; phases?: { pack: number } }
  | { kind: 'progress'; job: number; progress: ReadProgress }
  | { kind: 'write'; job: number; bytes: Uint8Array }
  | { kind: 'results'; job: number; bytes: Uint8Array };

/** The part of a Worker the store uses, so tests can count jobs. */
/** To a worker started for a read whose file is still being chosen: it may start its planning pool
 *  now (./pooled preparePool). */
export type PrepareJob = { kind: 'prepare' };

export interface WorkerLike {
  postMessage(job: ComputeJob | PrepareJob): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<ComputeAnswer>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}
