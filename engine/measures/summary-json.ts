// The measures and the balancing offer in the command line's JSON summary, after every earlier
// field (their order is unchanged). Undefined measures are null with their reason.
import { balancing as balance, type BalancingResult } from '../balancing/balance';
import type { ComputeResult } from '../model/result';
import { measures, type MeasuresResult } from './index';

export interface ProposalSummaryJson {
  measures: MeasuresResult;
  balancing: BalancingResult;
}

export function proposalSummaryJson(r: ComputeResult, offer?: BalancingResult): ProposalSummaryJson {
  return { measures: measures(r), balancing: offer ?? balance(r, 'separate') };
}
