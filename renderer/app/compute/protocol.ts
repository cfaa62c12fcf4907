// Messages between the page and the engine worker. A compute job is one scenario, a read job one
// workbook's bytes, a write job a scenario to save as a workbook, a results job a results workbook
// to export; answers carry the job id so the page can drop ones it no longer wants (the latest
// request wins).
import type { Lang } from '../../../engine/i18n/index';
import type { Scenario } from '../../../engine/scenario/schema';
import type { ComputeOutcome, ReadOutcome } from './engine';
import type { ResultsRequest } from './results-export';

export type ComputeJob =
  | { kind: 'compute'; job: number; scenario: Scenario }
  | { kind: 'read'; job: number; bytes: Uint8Array }
  | { kind: 'write'; job: number; scenario: Scenario; lang: Lang }
  | { kind: 'results'; job: number; request: ResultsRequest };

export type ComputeAnswer =
  | { kind: 'compute'; job: number; outcome: ComputeOutcome }
  | { kind: 'read'; job: number; outcome: ReadOutcome }
  | { kind: 'write'; job: number; bytes: Uint8Array }
  | { kind: 'results'; job: number; bytes: Uint8Array };
