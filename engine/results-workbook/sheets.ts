// The readable result sheets, each a function of the computed result and the language.
import type * as XLSX from 'xlsx';
import '../i18n/results';
import { t, type Lang } from '../i18n';
import type { ComputeResult, StepId } from '../model/result';
import { stepIds } from '../model/result';
import type { Scenario } from '../scenario/schema';
import { keyValueSheet, tableSheet, type Column, type KeyValueRow } from './sheet';
import { roundQuantity } from '../model/money';

export interface ResultSheet {
  key: 'summary' | 'projects' | 'allocation' | 'parties' | 'cash' | 'cofinancing' | 'capital' | 'budgets';
  name: string;
  sheet: XLSX.WorkSheet;
  /** A table with its header in row 1 (frozen); the summary is not. */
  table: boolean;
}

const yesNo = (lang: Lang, v: boolean) => t(lang, v ? 'results.yes' : 'results.no');
const stepName = (lang: Lang, s: StepId) => t(lang, `results.step.${s}`);

export function resultSheets(scenario: Scenario, r: ComputeResult, lang: Lang): ResultSheet[] {
  const L = (k: string) => t(lang, `results.col.${k}`);
  const names = new Map(scenario.parties.map((p) => [p.id, p.name]));
  const total = t(lang, 'results.total');
  const out: ResultSheet[] = [];
  const add = (key: ResultSheet['key'], sheet: XLSX.WorkSheet, table = true) => out.push({ key, name: t(lang, `results.sheet.${key}`), sheet, table });

  // Summary: the stamp, the steps and savings in both perspectives.
  const kv: KeyValueRow[] = [
    { label: t(lang, 'results.title') },
    { label: t(lang, 'results.scenario'), value: r.scenario },
    { label: t(lang, 'results.method'), value: r.meta.method },
    { label: t(lang, 'results.app'), value: r.meta.app },
    { label: t(lang, 'results.input'), value: r.meta.input },
    { label: t(lang, 'results.date'), value: r.meta.computedAt },
    { label: t(lang, 'results.baseYear'), value: r.settings.baseYear },
    { label: t(lang, 'results.horizon'), value: r.settings.horizonYears },
    { label: t(lang, 'results.discountRate'), value: r.settings.discountRate, kind: 'fraction' },
    { label: t(lang, 'results.rule'), value: t(lang, `results.rule.${r.settings.allocationRule}`) },
    { label: t(lang, 'results.amountsNote') },
    { label: '' },
    { label: t(lang, 'results.steps'), value: t(lang, 'results.financial'), more: [t(lang, 'results.societal')] },
    ...r.steps.map((s): KeyValueRow => ({ label: stepName(lang, s.id), value: s.pv.financial, more: [s.pv.societal], kind: 'euro' })),
    { label: '' },
    { label: t(lang, 'results.savings'), value: t(lang, 'results.financial'), more: [t(lang, 'results.societal')] },
    ...(['bundling', 'differentiation', 'citizen', 'total'] as const).map((k): KeyValueRow => ({
      label: t(lang, `results.saving.${k}`), value: r.savings[k].financial, more: [r.savings[k].societal], kind: 'euro',
    })),
    { label: '' },
    { label: t(lang, 'results.shortfalls'), value: r.budgets?.shortfalls.length ?? 0 },
    { label: t(lang, 'results.outsideCore'), value: r.fairness?.outsideCore.length ?? 0 },
  ];
  add('summary', keyValueSheet(kv), false);

  // Projects of every step (first executions).
  type ProjectRow = { step: StepId; p: ComputeResult['steps'][number]['projects'][number] };
  const projectRows: ProjectRow[] = r.steps.flatMap((s) => s.projects.map((p) => ({ step: s.id, p })));
  const projectCols: Column<ProjectRow>[] = [
    { header: L('step'), kind: 'text', value: (x) => stepName(lang, x.step) },
    { header: L('project'), kind: 'text', value: (x) => x.p.id },
    { header: L('neighbourhood'), kind: 'text', value: (x) => x.p.neighbourhood },
    { header: L('year'), kind: 'int', value: (x) => x.p.year },
    { header: L('works'), kind: 'text', value: (x) => x.p.works.join(', ') },
    { header: L('parties'), kind: 'text', value: (x) => x.p.parties.join(', ') },
    { header: L('days'), kind: 'int', value: (x) => roundQuantity(x.p.days, 2) },
    { header: L('direct'), kind: 'euro', value: (x) => x.p.direct },
    { header: L('shared'), kind: 'euro', value: (x) => x.p.shared },
    { header: L('deferral'), kind: 'euro', value: (x) => x.p.lines.find((l) => l.key === 'deferral')?.nominal ?? 0 },
    { header: L('financial'), kind: 'euro', value: (x) => x.p.financial },
    { header: L('disruption'), kind: 'euro', value: (x) => x.p.disruption },
    { header: L('pvFinancial'), kind: 'euro', value: (x) => x.p.pv.financial },
    { header: L('moved'), kind: 'text', value: (x) => x.p.moved.map((m) => `${m.work} ${m.from}→${m.to}`).join(', ') },
  ];
  add('projects', tableSheet(projectCols, projectRows).sheet);

  // Allocation of shared costs per project and party (integrated step, multi-party projects).
  type AllocRow = { project: string; year: number; neighbourhood: string; party: string; amount: number; inCore: boolean | null; objector: string; excess: number | null };
  const allocRows: AllocRow[] = (r.allocation?.projects ?? []).flatMap((p) => p.parties.map((a) => ({
    project: p.project, year: p.year, neighbourhood: p.neighbourhood, party: a.party, amount: a.amount, inCore: p.inCore,
    objector: p.violation ? p.violation.coalition.join(' + ') : '', excess: p.violation ? p.violation.excess : null,
  })));
  const allocCols: Column<AllocRow>[] = [
    { header: L('project'), kind: 'text', value: (x) => x.project },
    { header: L('neighbourhood'), kind: 'text', value: (x) => x.neighbourhood },
    { header: L('year'), kind: 'int', value: (x) => x.year },
    { header: L('party'), kind: 'text', value: (x) => x.party },
    { header: L('shared'), kind: 'euro', value: (x) => x.amount, total: true },
    { header: L('inCore'), kind: 'text', value: (x) => (x.inCore === null ? t(lang, 'results.notChecked') : yesNo(lang, x.inCore)) },
    { header: L('objector'), kind: 'text', value: (x) => x.objector },
    { header: L('excess'), kind: 'euro', value: (x) => x.excess },
  ];
  add('allocation', tableSheet(allocCols, allocRows, total).sheet);

  // Per party: present value per step, saving, loss and flag.
  const fair = new Map((r.fairness?.parties ?? []).map((f) => [f.party, f]));
  const partyCols: Column<ComputeResult['parties'][number]>[] = [
    { header: L('party'), kind: 'text', value: (p) => p.id },
    { header: L('name'), kind: 'text', value: (p) => p.name },
    ...stepIds.map((s): Column<ComputeResult['parties'][number]> => ({
      header: L(`pv${s[0]!.toUpperCase()}${s.slice(1)}`), kind: 'euro', value: (p) => p.pv[s], total: true,
    })),
    { header: L('saving'), kind: 'euro', value: (p) => p.saving, total: true },
    { header: L('loss'), kind: 'euro', value: (p) => fair.get(p.id)?.loss ?? 0 },
    { header: L('flagged'), kind: 'text', value: (p) => yesNo(lang, p.flagged) },
  ];
  add('parties', tableSheet(partyCols, r.parties, total).sheet);

  // Cash per party per year: separate and integrated, with the co-financing lines of the integrated step.
  const sep = r.steps.find((s) => s.id === 'separate');
  const int = r.steps.find((s) => s.id === 'integrated');
  const cof = new Map((r.cofinancing?.find((c) => c.step === 'integrated')?.lines ?? []).map((l) => [`${l.party}\u0000${l.year}`, l]));
  type CashRow = { party: string; year: number; separate: number; integrated: number; paid: number; received: number };
  const cashRows: CashRow[] = [];
  r.parties.forEach((p, pi) => r.years.forEach((year, yi) => {
    const l = cof.get(`${p.id}\u0000${year}`);
    const row = {
      party: p.id, year, separate: sep?.parties[pi]?.cash[yi] ?? 0, integrated: int?.parties[pi]?.cash[yi] ?? 0,
      paid: l?.paid ?? 0, received: l?.received ?? 0,
    };
    if (row.separate !== 0 || row.integrated !== 0 || row.paid !== 0 || row.received !== 0) cashRows.push(row);
  }));
  const cashCols: Column<CashRow>[] = [
    { header: L('party'), kind: 'text', value: (x) => x.party },
    { header: L('name'), kind: 'text', value: (x) => names.get(x.party) ?? '' },
    { header: L('year'), kind: 'int', value: (x) => x.year },
    { header: L('cashSeparate'), kind: 'euro', value: (x) => x.separate, total: true },
    { header: L('cashIntegrated'), kind: 'euro', value: (x) => x.integrated, total: true },
    { header: L('paid'), kind: 'euro', value: (x) => x.paid, total: true },
    { header: L('received'), kind: 'euro', value: (x) => x.received, total: true },
  ];
  add('cash', tableSheet(cashCols, cashRows, total).sheet);

  // Co-financing flows of the integrated step, one line per rule, work and year.
  type Flow = NonNullable<ComputeResult['cofinancing']>[number]['flows'][number];
  const flows: Flow[] = r.cofinancing?.find((c) => c.step === 'integrated')?.flows ?? [];
  const flowCols: Column<Flow>[] = [
    { header: L('rule'), kind: 'text', value: (f) => f.rule },
    { header: L('year'), kind: 'int', value: (f) => f.year },
    { header: L('work'), kind: 'text', value: (f) => f.work },
    { header: L('party'), kind: 'text', value: (f) => f.owner },
    { header: L('funder'), kind: 'text', value: (f) => f.funder },
    { header: L('amount'), kind: 'euro', value: (f) => f.amount, total: true },
  ];
  add('cofinancing', tableSheet(flowCols, flows, total).sheet);

  // Capital charges per step, party and year (rows with any charge).
  type Cap = NonNullable<ComputeResult['capitalCharges']>[number]['rows'][number] & { step: StepId };
  const capRows: Cap[] = (r.capitalCharges ?? []).flatMap((c) => c.rows.filter((x) => x.total !== 0 || x.depreciation !== 0 || x.writeOff !== 0).map((x) => ({ ...x, step: c.step })));
  const capCols: Column<Cap>[] = [
    { header: L('step'), kind: 'text', value: (x) => stepName(lang, x.step) },
    { header: L('party'), kind: 'text', value: (x) => x.party },
    { header: L('year'), kind: 'int', value: (x) => x.year },
    { header: L('depreciation'), kind: 'euro', value: (x) => x.depreciation, total: true },
    { header: L('interest'), kind: 'euro', value: (x) => x.interest, total: true },
    { header: L('writeOff'), kind: 'euro', value: (x) => x.writeOff, total: true },
    { header: L('opex'), kind: 'euro', value: (x) => x.opex, total: true },
    { header: L('contributions'), kind: 'euro', value: (x) => x.contributions, total: true },
    { header: L('total'), kind: 'euro', value: (x) => x.total, total: true },
  ];
  add('capital', tableSheet(capCols, capRows, total).sheet);

  // Budgets: every budget row, with the shortfall where there is one.
  type Bud = NonNullable<ComputeResult['budgets']>['rows'][number];
  const budCols: Column<Bud>[] = [
    { header: L('party'), kind: 'text', value: (x) => x.party },
    { header: L('name'), kind: 'text', value: (x) => names.get(x.party) ?? '' },
    { header: L('year'), kind: 'int', value: (x) => x.year },
    { header: L('budget'), kind: 'euro', value: (x) => x.budget, total: true },
    { header: L('needed'), kind: 'euro', value: (x) => x.needed, total: true },
    { header: L('balance'), kind: 'euro', value: (x) => x.balance, total: true },
    { header: L('shortfall'), kind: 'euro', value: (x) => (x.balance < 0 ? -x.balance : 0), total: true },
  ];
  add('budgets', tableSheet(budCols, r.budgets?.rows ?? [], total).sheet);
  return out;
}
