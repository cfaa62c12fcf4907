// Jobs in a worker of their own: reading a workbook (which may then stay for the scenario's first
// computation), writing a scenario workbook, writing a results workbook. Small ones run on the page.
import type { Lang } from '../../../engine/i18n/index';
import type { Scenario } from '../../../engine/scenario/schema';
import type { ReadProgress } from '../../../engine/workbook/read';
import { unpackData } from '../../../engine/transfer/data';
import { readScenarioBytes, writeScenarioBytes, type ReadOutcome } from './engine';
import type { ComputeAnswer, ComputeJob, WorkerLike } from './protocol';
import { resultsWorkbookBytes, type ResultsRequest } from './results-export';
import { recordSince, recordWorkerTimes } from './timing';

/** More works than this: to a worker. */
export const defaultMaxSyncWorks = 400;

/** One job in a worker of its own, ended after the answer; on the page when the worker cannot run. */
function once<T>(
  makeWorker: () => WorkerLike, job: ComputeJob, take: (a: ComputeAnswer) => T | undefined, onPage: () => T,
  keep?: (v: T, worker: WorkerLike) => boolean,
): Promise<T> {
  let worker: WorkerLike;
  try {
    worker = makeWorker();
  } catch {
    return Promise.resolve(onPage());
  }
  return new Promise((resolve) => {
    worker.onmessage = (e) => {
      const v = take(e.data);
      if (v === undefined) return;
      worker.onmessage = null;
      worker.onerror = null;
      if (!keep?.(v, worker)) worker.terminate();
      resolve(v);
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      worker.terminate();
      resolve(onPage());
    };
    worker.postMessage(job);
  });
}

/** Reads workbook bytes: small ones on the page, big ones in a worker of their own (a 50,000-work
 *  workbook takes seconds to read), telling `onProgress` its stages. Falls back to the page when the
 *  worker cannot run. */
export type Reader = ((bytes: Uint8Array, onProgress?: (p: ReadProgress) => void) => Promise<ReadOutcome>) & {
  /** Starts the worker of the next read now (while the user picks a file), so loading the engine
   *  into it is not part of reading. */
  prepare?: () => void;
};

/** `adopt`: takes the worker once it has read a scenario (the compute store keeps it for the
 *  scenario's first computation); without it the worker ends. */
export function makeReader(
  makeWorker: (() => WorkerLike) | null, maxSyncBytes = 256 * 1024, adopt?: (worker: WorkerLike, scenario: Scenario) => void,
): Reader {
  let ready: WorkerLike | null = null;
  const worker = (): WorkerLike => {
    const w = ready ?? makeWorker!();
    ready = null;
    return w;
  };
  const reader: Reader = (bytes, onProgress) => {
    if (!makeWorker || bytes.byteLength <= maxSyncBytes) return Promise.resolve(readScenarioBytes(bytes));
    const take = (a: ComputeAnswer): ReadOutcome | undefined => {
      if (a.kind === 'progress') onProgress?.(a.progress);
      if (a.kind !== 'read') return undefined;
      const received = performance.now();
      recordWorkerTimes('read', a.at, received, a.phases);
      const outcome = unpackData(a.outcome) as ReadOutcome;
      recordSince('read.decode', received);
      return outcome;
    };
    const keep = adopt && ((o: ReadOutcome, w: WorkerLike) => (o.scenario ? (adopt(w, o.scenario), true) : false));
    return once(worker, { kind: 'read', job: 0, bytes }, take, () => readScenarioBytes(bytes, onProgress), keep);
  };
  reader.prepare = () => {
    if (!makeWorker || ready) return;
    try {
      ready = makeWorker();
      ready.postMessage({ kind: 'prepare' });
    } catch {
      // No worker here: the read falls back to the page.
    }
  };
  return reader;
}

/** Writes a scenario workbook: on the page for small scenarios, in a worker for big ones. */
export type Writer = (scenario: Scenario, lang: Lang) => Promise<Uint8Array>;

export function makeWriter(makeWorker: (() => WorkerLike) | null, maxSyncWorks = defaultMaxSyncWorks): Writer {
  return (scenario, lang) => {
    if (!makeWorker || scenario.works.length <= maxSyncWorks) return Promise.resolve(writeScenarioBytes(scenario, lang));
    return once(makeWorker, { kind: 'write', job: 0, scenario, lang }, (a) => (a.kind === 'write' ? a.bytes : undefined), () => writeScenarioBytes(scenario, lang));
  };
}

/** Writes a results workbook (values or formulas): on the page for small scenarios, in a worker of
 *  its own for big ones (the formula workbook of 50,000 works takes many seconds). */
export type ResultsWriter = (request: ResultsRequest) => Promise<Uint8Array>;

export function makeResultsWriter(makeWorker: (() => WorkerLike) | null, maxSyncWorks = defaultMaxSyncWorks): ResultsWriter {
  return (request) => {
    if (!makeWorker || request.scenario.works.length <= maxSyncWorks) return Promise.resolve(resultsWorkbookBytes(request));
    return once(makeWorker, { kind: 'results', job: 0, request }, (a) => (a.kind === 'results' ? a.bytes : undefined), () => resultsWorkbookBytes(request));
  };
}
