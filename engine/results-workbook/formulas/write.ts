// writeFormulaWorkbook: the auditable results workbook (issue 8). The comparison, the per-project
// cost table, the per-work and per-year life-cycle cash flows, the discount factors, the step
// totals, the savings and the per-party totals are live formulas over the input sheets, which
// follow exactly as the scenario workbook lays them out. Only the plan (projects, years, variants)
// and the allocation shares of rules other than `direct` are values: a spreadsheet cannot
// re-optimise. Co-financing is a formula per execution over the CoFinancing sheet (./cofinancing).
// Every formula cell also carries the engine's value.
import '../../i18n/formulas';
import type { Lang } from '../../i18n';
import { t } from '../../i18n';
import type { ComputeResult } from '../../model/result';
import type { Scenario } from '../../scenario/schema';
import { writeWorkbook } from '../../workbook/write';
import { coFinancingSheet } from './cofinancing';
import { formulaPlan } from './plan';
import { InputRefs } from './refs';
import { blockSheets, citizenSheet, comparisonSheet, yearsSheet, type Env } from './sheets';
import { buildFormulaXlsx, inputParts, sheetRef, type SheetWriter } from './xlsx';

export interface FormulaWorkbookOptions {
  lang: Lang;
}

export function writeFormulaWorkbook(scenario: Scenario, result: ComputeResult, options: FormulaWorkbookOptions): Uint8Array {
  const { lang } = options;
  const inputs = inputParts(writeWorkbook(scenario, { lang }));
  const plan = formulaPlan(scenario, result);
  const env: Env = {
    scenario, result, plan, lang, refs: new InputRefs(lang, scenario.settingsExtra), strings: inputs.strings,
    years: sheetRef(t(lang, 'formulas.sheet.years')),
    H: plan.ctx.tl.length, B: plan.ctx.tl.base,
  };
  const years = yearsSheet(env);
  const blocks = plan.blocks.map((b) => blockSheets(env, b));
  const citizen = citizenSheet(env);
  const coFinancing = plan.blocks.map((b, i) => coFinancingSheet(env, b, blocks[i]!));
  const comparison = comparisonSheet(env, blocks, citizen, coFinancing);
  const sheets: SheetWriter[] = [comparison, years];
  blocks.forEach((b, i) => {
    sheets.push(b.projects, b.works);
    const cof = coFinancing[i];
    if (cof) sheets.push(cof.sheet);
  });
  if (citizen) sheets.push(citizen.sheet);
  return buildFormulaXlsx(sheets, inputs, {
    title: `${result.scenario} – Koppelkans`,
    comments: `method ${result.meta.method}; app ${result.meta.app}; input ${result.meta.input}; ${result.meta.computedAt}; formulas`,
  });
}
