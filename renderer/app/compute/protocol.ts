// Messages between the page and the compute worker. One job = one scenario; the answer carries the
// job id so the page can drop answers it no longer wants (latest request wins).
import type { Scenario } from '../../../engine/scenario/schema';
import type { ComputeOutcome } from './engine';

export interface ComputeJob {
  job: number;
  scenario: Scenario;
}

export interface ComputeAnswer {
  job: number;
  outcome: ComputeOutcome;
}
