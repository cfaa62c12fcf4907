// The results workbook in its two forms: readable values (engine/results-workbook, with the
// uncertainty sheets when a run has results for this scenario, as `sensitivity --out` writes
// them) or auditable live formulas over the input sheets (the same file as
// `compute --out x.xlsx --formulas`). A pure function of its request, so the page and the engine
// worker write the same bytes.
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import type { Lang } from '../../../engine/i18n/index';
import type { AnalysisResult } from '../../../engine/uncertainty/protocol';
import { writeResultsWorkbook } from '../../../engine/results-workbook/write';
import { writeFormulaWorkbook } from '../../../engine/results-workbook/formulas/write';
import { uncertaintySheets } from '../../../engine/uncertainty/sheets';
import { inputNamesOf } from '../../../engine/uncertainty/labels';

export type ResultsForm = 'values' | 'formulas';

export interface ResultsRequest {
  form: ResultsForm;
  /** What was computed (the inputs with the what-if laid over). */
  scenario: Scenario;
  result: ComputeResult;
  lang: Lang;
  /** An uncertainty run of this same scenario: its tornado, Monte Carlo and break-even sheets. */
  uncertainty?: AnalysisResult;
}

export function resultsWorkbookBytes(req: ResultsRequest): Uint8Array {
  const { scenario, result, lang } = req;
  if (req.form === 'formulas') return writeFormulaWorkbook(scenario, result, { lang });
  const u = req.uncertainty;
  const extraSheets = u ? uncertaintySheets({ tornado: u.tornado, monteCarlo: u.monteCarlo, breakEven: u.breakEven }, lang, inputNamesOf(scenario)) : [];
  return writeResultsWorkbook(scenario, result, { lang, extraSheets });
}
