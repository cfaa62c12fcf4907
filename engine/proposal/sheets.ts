// The sheets of one party's proposal: headline with the balancing offer, method and provenance;
// its projects with its share of each shared cost and why; co-financing per rule and year against
// the cap; cash per year against budget; capital charges; the measures; the whole offer.
import type * as XLSX from 'xlsx';
import '../i18n/results';
import '../i18n/proposal';
import { formatEuro, formatPercent, t, type Lang } from '../i18n';
import type { BalancingResult } from '../balancing/balance';
import type { Measure, MeasuresResult, PerspectiveMeasures } from '../measures';
import type { ComputeResult, StepId } from '../model/result';
import { roundMoney } from '../model/money';
import type { Scenario } from '../scenario/schema';
import { keyValueSheet, tableSheet, type Column, type KeyValueRow } from '../results-workbook/sheet';

export interface ProposalSheet {
  key: 'proposal' | 'projects' | 'cofinancing' | 'cash' | 'capital' | 'measures' | 'balancing';
  name: string;
  sheet: XLSX.WorkSheet;
  table: boolean;
}

export interface ProposalInput {
  scenario: Scenario;
  result: ComputeResult;
  party: string;
  measures: MeasuresResult;
  offer: BalancingResult;
  lang: Lang;
}

export function measureText(lang: Lang, m: Measure, kind: 'ratio' | 'rate' | 'year'): string | number {
  if (m.value === null) return `${t(lang, 'measures.na')} (${t(lang, `measures.reason.${m.reason}`)})`;
  return kind === 'rate' ? formatPercent(lang, m.value, 2) : m.value;
}

export function proposalSheets(x: ProposalInput): ProposalSheet[] {
  const { scenario, result: r, party, lang } = x;
  const L = (k: string) => t(lang, `proposal.col.${k}`);
  const names = new Map(scenario.parties.map((p) => [p.id, p.name || p.id]));
  const name = (id: string) => names.get(id) ?? id;
  const step = (s: StepId) => t(lang, `results.step.${s}`);
  const total = t(lang, 'results.total');
  const out: ProposalSheet[] = [];
  const add = (key: ProposalSheet['key'], sheet: XLSX.WorkSheet, table = true) => out.push({ key, name: t(lang, `proposal.sheet.${key}`), sheet, table });
  const pr = r.parties.find((p) => p.id === party)!;
  const offer = x.offer.parties.find((p) => p.party === party)!;
  const loss = Math.max(0, Math.round((pr.pv.integrated - pr.pv.separate) * 100)) / 100;
  const flag = !pr.ownsWorks ? t(lang, 'proposal.flag.none')
    : pr.flagged ? t(lang, 'proposal.flag.loses', { amount: formatEuro(lang, loss) }) : t(lang, 'proposal.flag.ok');
  const keyText = t(lang, `balancing.key.${x.offer.key}`);
  const kv: KeyValueRow[] = [
    { label: t(lang, 'proposal.title', { party: name(party) }) },
    { label: t(lang, 'results.scenario'), value: r.scenario },
    { label: t(lang, 'proposal.party'), value: name(party), more: [party] },
    { label: '' },
    ...r.steps.map((s): KeyValueRow => ({ label: step(s.id), value: pr.pv[s.id], kind: 'euro' })),
    { label: t(lang, 'proposal.saving'), value: pr.saving, kind: 'euro' },
    { label: t(lang, 'proposal.flag'), value: flag },
    { label: '' },
    { label: t(lang, 'proposal.key'), value: keyText },
    { label: t(lang, 'proposal.transfer'), value: offer.transfer, kind: 'euro' },
    { label: t(lang, 'proposal.balancedSaving'), value: offer.balancedSaving, kind: 'euro' },
    { label: t(lang, 'proposal.balancedPV'), value: roundMoney(pr.pv.integrated - offer.transfer), kind: 'euro' },
    { label: '' },
    { label: t(lang, 'proposal.methodTitle') },
    { label: t(lang, 'proposal.method', {
      baseYear: String(r.settings.baseYear), horizon: r.settings.horizonYears, rate: formatPercent(lang, r.settings.discountRate, 2),
      rule: t(lang, `results.rule.${r.settings.allocationRule}`), key: keyText,
    }) },
    { label: '' },
    { label: t(lang, 'results.method'), value: r.meta.method },
    { label: t(lang, 'results.app'), value: r.meta.app },
    { label: t(lang, 'results.input'), value: r.meta.input },
    { label: t(lang, 'results.date'), value: r.meta.computedAt },
  ];
  add('proposal', keyValueSheet(kv), false);

  // Its projects in the integrated step.
  const integrated = r.steps.find((s) => s.id === 'integrated')!;
  const directOf = new Map<string, number>();
  const esc = (y: number) => Math.pow(1 + r.settings.escalationRate, y - r.settings.baseYear);
  for (const w of integrated.works) if (w.party === party) directOf.set(w.project, (directOf.get(w.project) ?? 0) + w.inputs.direct * esc(w.year));
  type P = (typeof integrated.projects)[number];
  const mine = integrated.projects.filter((p) => p.parties.includes(party));
  const share = (p: P) => p.allocation.find((a) => a.party === party)?.amount ?? 0;
  const rule = r.settings.allocationRule;
  const keyOf = (p: P): string => {
    if (p.parties.length === 1) return '100%';
    if (rule === 'direct') return t(lang, 'proposal.key.direct', { own: formatEuro(lang, directOf.get(p.id) ?? 0), total: formatEuro(lang, p.direct) });
    if (rule === 'equal') return t(lang, 'proposal.key.equal', { n: p.parties.length });
    return t(lang, 'proposal.key.other', { rule: t(lang, `results.rule.${rule}`) });
  };
  const projectCols: Column<P>[] = [
    { header: L('project'), kind: 'text', value: (p) => p.id },
    { header: L('neighbourhood'), kind: 'text', value: (p) => p.neighbourhood },
    { header: L('year'), kind: 'int', value: (p) => p.year },
    { header: L('partners'), kind: 'text', value: (p) => p.parties.filter((q) => q !== party).map(name).join(', ') },
    { header: L('direct'), kind: 'euro', value: (p) => roundMoney(directOf.get(p.id) ?? 0), total: true },
    { header: L('shared'), kind: 'euro', value: (p) => p.shared },
    { header: L('share'), kind: 'euro', value: share, total: true },
    { header: L('fraction'), kind: 'fraction', value: (p) => (p.shared !== 0 ? share(p) / p.shared : null) },
    { header: L('rule'), kind: 'text', value: (p) => (p.parties.length === 1 ? '' : t(lang, `results.rule.${rule}`)) },
    { header: L('key'), kind: 'text', value: keyOf },
  ];
  add('projects', tableSheet(projectCols, mine, total).sheet);

  // Co-financing per rule and year in the integrated step, against the rule's cap.
  const cof = r.cofinancing?.find((c) => c.step === 'integrated');
  type C = { rule: string; year: number; received: number; paid: number };
  const acc = new Map<string, C>();
  for (const f of cof?.flows ?? []) {
    if (f.owner !== party && f.funder !== party) continue;
    const k = `${f.rule}\u0000${f.year}`;
    const row = acc.get(k) ?? { rule: f.rule, year: f.year, received: 0, paid: 0 };
    if (f.owner === party) row.received += Math.round(f.amount * 100);
    if (f.funder === party) row.paid += Math.round(f.amount * 100);
    acc.set(k, row);
  }
  const cofRows = [...acc.values()].map((c) => ({ ...c, received: c.received / 100, paid: c.paid / 100 }));
  const ruleUse = new Map((cof?.rules ?? []).map((u) => [u.rule, u]));
  add('cofinancing', tableSheet<C>([
    { header: L('rule'), kind: 'text', value: (c) => c.rule },
    { header: L('year'), kind: 'int', value: (c) => c.year },
    { header: L('received'), kind: 'euro', value: (c) => c.received, total: true },
    { header: L('paid'), kind: 'euro', value: (c) => c.paid, total: true },
    { header: L('cap'), kind: 'euro', value: (c) => ruleUse.get(c.rule)?.cap ?? null },
    { header: L('capReached'), kind: 'int', value: (c) => ruleUse.get(c.rule)?.capReachedIn ?? null },
  ], cofRows, total).sheet);

  // Cash per year (integrated) against the budget.
  const cash = integrated.parties.find((p) => p.party === party)!.cash;
  const budget = new Map((r.budgets?.rows ?? []).filter((b) => b.party === party).map((b) => [b.year, b]));
  type Y = { year: number; cash: number };
  add('cash', tableSheet<Y>([
    { header: L('year'), kind: 'int', value: (y) => y.year },
    { header: L('cash'), kind: 'euro', value: (y) => y.cash, total: true },
    { header: L('budget'), kind: 'euro', value: (y) => budget.get(y.year)?.budget ?? null },
    { header: L('balance'), kind: 'euro', value: (y) => budget.get(y.year)?.balance ?? null },
    { header: L('shortfall'), kind: 'euro', value: (y) => { const b = budget.get(y.year); return b && b.balance < 0 ? -b.balance : null; } },
  ], r.years.map((year, i) => ({ year, cash: cash[i] as number })), total).sheet);

  // Capital charges as its controller books them (integrated step).
  type K = NonNullable<ComputeResult['capitalCharges']>[number]['rows'][number];
  const charges = (r.capitalCharges?.find((c) => c.step === 'integrated')?.rows ?? []).filter((c) => c.party === party);
  add('capital', tableSheet<K>([
    { header: L('year'), kind: 'int', value: (c) => c.year },
    { header: L('depreciation'), kind: 'euro', value: (c) => c.depreciation, total: true },
    { header: L('interest'), kind: 'euro', value: (c) => c.interest, total: true },
    { header: L('writeOff'), kind: 'euro', value: (c) => c.writeOff, total: true },
    { header: L('opex'), kind: 'euro', value: (c) => c.opex, total: true },
    { header: L('contributions'), kind: 'euro', value: (c) => c.contributions, total: true },
    { header: L('total'), kind: 'euro', value: (c) => c.total, total: true },
  ], charges, total).sheet);

  // Measures: the party's (financial), then the scenario's in both perspectives.
  type M = { who: string; step: StepId; perspective: string; m: PerspectiveMeasures };
  const pm = x.measures.parties.find((p) => p.party === party)!;
  const mrows: M[] = [
    ...pm.steps.map((s) => ({ who: name(party), step: s.step, perspective: t(lang, 'results.financial'), m: s.financial })),
    ...x.measures.scenario.flatMap((s) => [
      { who: r.scenario, step: s.step, perspective: t(lang, 'results.financial'), m: s.financial },
      { who: r.scenario, step: s.step, perspective: t(lang, 'results.societal'), m: s.societal! },
    ]),
  ];
  add('measures', tableSheet<M>([
    { header: L('party'), kind: 'text', value: (m) => m.who },
    { header: L('step'), kind: 'text', value: (m) => step(m.step) },
    { header: L('perspective'), kind: 'text', value: (m) => m.perspective },
    { header: L('netSavings'), kind: 'euro', value: (m) => m.m.netSavings },
    { header: L('additionalInvestment'), kind: 'euro', value: (m) => m.m.additionalInvestment },
    { header: L('operationalSavings'), kind: 'euro', value: (m) => m.m.operationalSavings },
    { header: L('sir'), kind: 'text', value: (m) => measureText(lang, m.m.sir, 'ratio') },
    { header: L('airr'), kind: 'text', value: (m) => measureText(lang, m.m.airr, 'rate') },
    { header: L('simplePayback'), kind: 'text', value: (m) => measureText(lang, m.m.simplePayback, 'year') },
    { header: L('discountedPayback'), kind: 'text', value: (m) => measureText(lang, m.m.discountedPayback, 'year') },
  ], mrows).sheet);

  // The whole offer, so the party sees what the others pay and receive.
  type B = BalancingResult['parties'][number];
  add('balancing', tableSheet<B>([
    { header: L('party'), kind: 'text', value: (b) => name(b.party) },
    { header: t(lang, 'proposal.separatePV'), kind: 'euro', value: (b) => b.separatePV, total: true },
    { header: t(lang, 'proposal.integratedPV'), kind: 'euro', value: (b) => b.integratedPV, total: true },
    { header: L('saving'), kind: 'euro', value: (b) => b.saving, total: true },
    { header: L('transfer'), kind: 'euro', value: (b) => b.transfer, total: true },
    { header: L('balancedSaving'), kind: 'euro', value: (b) => b.balancedSaving, total: true },
  ], x.offer.parties, total).sheet);
  return out;
}
