// writeProposalWorkbook: one party's proposal as a workbook in the party's language, its tables'
// totals as live SUM formulas (like the results workbook), header rows frozen.
import * as XLSX from 'xlsx';
import type { Lang } from '../i18n';
import { balancing, type BalancingKey, type BalancingResult } from '../balancing/balance';
import { measures, type MeasuresResult } from '../measures';
import type { ComputeResult } from '../model/result';
import type { Scenario } from '../scenario/schema';
import { freezeHeaderRows } from '../results-workbook/freeze';
import { proposalSheets } from './sheets';

export interface ProposalOptions {
  lang: Lang;
  /** The offer (costly under Shapley: make it once for all parties), else built with `key`. */
  offer?: BalancingResult;
  key?: BalancingKey;
  measures?: MeasuresResult;
}

export function writeProposalWorkbook(scenario: Scenario, result: ComputeResult, party: string, options: ProposalOptions): Uint8Array {
  if (!result.parties.some((p) => p.id === party)) throw new Error(`unknown party ${party}`);
  const offer = options.offer ?? balancing(result, options.key ?? 'separate', scenario);
  const wb = XLSX.utils.book_new();
  const frozen: number[] = [];
  for (const s of proposalSheets({ scenario, result, party, lang: options.lang, offer, measures: options.measures ?? measures(result) })) {
    XLSX.utils.book_append_sheet(wb, s.sheet, s.name);
    if (s.table) frozen.push(wb.SheetNames.length);
  }
  wb.Props = { Title: `${result.scenario} – ${party} – Koppelkans`, Comments: `method ${result.meta.method}; app ${result.meta.app}; input ${result.meta.input}; ${result.meta.computedAt}` };
  const raw = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return freezeHeaderRows(new Uint8Array(raw), frozen);
}
