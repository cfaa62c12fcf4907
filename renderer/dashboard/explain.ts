// What the explain panel shows for one number: the formula, its inputs and the rows it came from.
// Built from the result's recorded inputs (CostLine.inputs, WorkPlan.inputs, step breakdowns), never
// recomputed here, so the panel says exactly what the engine used.
import { t, formatNumber, formatPercent, type Lang } from '../../engine/i18n';
import type { SheetKey } from '../../engine/scenario/schema';
import type { ComputeResult, CostLine, ProjectResult, StepId, StepResult } from '../../engine/model/result';
import { euroCents } from './format';

export interface ExplainRow { sheet: SheetKey; id: string }
export interface Explanation {
  title: string;
  value: string;
  formula: string;
  inputs: { label: string; value: string }[];
  rows: ExplainRow[];
  /** The language it is written in, and the same explanation in another: an open panel follows a
   *  switch of the interface language. */
  lang?: Lang;
  inLang?: (lang: Lang) => Explanation | undefined;
}

/** Wraps an explanation builder so that what it builds can be built again in another language. */
export function inEveryLang<A extends unknown[], R extends Explanation | undefined>(build: (lang: Lang, ...args: A) => R): (lang: Lang, ...args: A) => R {
  const made = (lang: Lang, ...args: A): R => {
    const e = build(lang, ...args);
    return (e ? { ...e, lang, inLang: (l: Lang) => made(l, ...args) } : e) as R;
  };
  return made;
}

/** The explanation as it reads in `lang`. */
export const explanationIn = (e: Explanation, lang: Lang): Explanation =>
  (e.lang === undefined || e.lang === lang ? e : e.inLang?.(lang) ?? e);

const fractionSettings = new Set(['discountRate', 'escalationRate', 'interestRate', 'engineeringRate', 'sequentialShare']);

function settingLabel(lang: Lang, key: string): string {
  const k = `whatif.setting.${key}`;
  const s = t(lang, k);
  if (s !== k) return s;
  const e = `dash.explain.input.${key}`;
  const s2 = t(lang, e);
  return s2 !== e ? s2 : key;
}

function settingValue(lang: Lang, key: string, v: number): string {
  if (fractionSettings.has(key)) return formatPercent(lang, v, 2);
  return key === 'baseYear' ? String(v) : euroCents(lang, v);
}

/** Labels of the named numbers a cost line records (CostInputs.values). */
function valueLabel(lang: Lang, key: string): string {
  const [head, rest] = key.split(':', 2) as [string, string | undefined];
  const k = `dash.value.${head}`;
  const label = t(lang, k);
  const base = label === k ? head : label;
  return rest === undefined ? base : `${base} (${rest})`;
}

function valueText(lang: Lang, key: string, v: number): string {
  const head = key.split(':', 1)[0] ?? key;
  if (['direct', 'disruptionCostPerDay', 'shared', 'standalone'].includes(head)) return euroCents(lang, v);
  return formatNumber(lang, v, 3);
}

export function formulaText(lang: Lang, formula: string, params: Record<string, string | number> = {}): string {
  const k = `dash.formula.${formula}`;
  const s = t(lang, k, params);
  return s === k ? formula : s;
}

export const explainCostLine = inEveryLang(function explainCostLine(lang: Lang, line: CostLine, project: ProjectResult | undefined, which: 'nominal' | 'pv' = 'nominal'): Explanation {
  const inputs: Explanation['inputs'] = [];
  for (const [k, v] of Object.entries(line.inputs.settings)) inputs.push({ label: settingLabel(lang, k), value: settingValue(lang, k, v) });
  for (const [k, v] of Object.entries(line.inputs.values)) inputs.push({ label: valueLabel(lang, k), value: valueText(lang, k, v) });
  if (line.inputs.years.length) inputs.push({ label: t(lang, 'dash.line.year'), value: line.inputs.years.join(', ') });
  for (const pa of line.byParty ?? []) inputs.push({ label: `${t(lang, 'dash.line.party')} ${pa.party}`, value: euroCents(lang, pa.amount) });
  if (which === 'pv') inputs.push({ label: t(lang, 'dash.amount.nominal'), value: euroCents(lang, line.nominal) });
  const title = project ? `${t(lang, `dash.cost.${line.key}`)} · ${project.id}` : t(lang, `dash.cost.${line.key}`);
  return {
    title,
    value: euroCents(lang, which === 'pv' ? line.pv : line.nominal),
    formula: formulaText(lang, line.inputs.formula) + (which === 'pv' ? ` · ${t(lang, 'dash.formula.pvFactor')}` : ''),
    inputs,
    rows: line.inputs.works.map((id) => ({ sheet: 'works' as const, id })),
  };
});

function discountInputs(lang: Lang, r: ComputeResult): Explanation['inputs'] {
  const s = r.settings;
  return [
    { label: settingLabel(lang, 'discountRate'), value: formatPercent(lang, s.discountRate, 2) },
    { label: settingLabel(lang, 'escalationRate'), value: formatPercent(lang, s.escalationRate, 2) },
    { label: settingLabel(lang, 'baseYear'), value: String(s.baseYear) },
    { label: settingLabel(lang, 'discountTiming'), value: t(lang, `dash.timing.${s.discountTiming}`) },
  ];
}

export type PerspectiveId = 'financial' | 'societal';

export const explainStep = inEveryLang(function explainStep(lang: Lang, r: ComputeResult, step: StepResult, p: PerspectiveId): Explanation {
  const b = step.breakdown;
  const parts: Explanation['inputs'] = [
    { label: t(lang, 'dash.breakdown.projects'), value: euroCents(lang, b.projects[p]) },
    { label: t(lang, 'dash.breakdown.replacements'), value: euroCents(lang, b.replacements[p]) },
    { label: t(lang, 'dash.breakdown.opex'), value: euroCents(lang, b.opex) },
    { label: t(lang, 'dash.breakdown.residual'), value: euroCents(lang, b.residual) },
    { label: t(lang, 'dash.breakdown.extra'), value: euroCents(lang, b.extra[p]) },
  ];
  return {
    title: `${t(lang, `dash.step.${step.id}`)} · ${t(lang, `dash.perspective.${p}`)}`,
    value: euroCents(lang, step.pv[p]),
    formula: t(lang, 'dash.explain.pvStep', { step: t(lang, `dash.step.${step.id}`) }),
    inputs: [...parts, ...discountInputs(lang, r), { label: t(lang, 'dash.explain.projectCount'), value: String(step.projects.length) }],
    rows: [],
  };
});

const savingSteps: Record<'bundling' | 'differentiation' | 'citizen' | 'total', [StepId, StepId]> = {
  bundling: ['separate', 'bundled'],
  differentiation: ['bundled', 'differentiated'],
  citizen: ['differentiated', 'integrated'],
  total: ['separate', 'integrated'],
};

export const explainSaving = inEveryLang(function explainSaving(lang: Lang, r: ComputeResult, key: keyof typeof savingSteps, p: PerspectiveId): Explanation {
  const [a, b] = savingSteps[key];
  const sa = r.steps.find((s) => s.id === a);
  const sb = r.steps.find((s) => s.id === b);
  return {
    title: `${t(lang, `dash.saving.${key}`)} · ${t(lang, `dash.perspective.${p}`)}`,
    value: euroCents(lang, r.savings[key][p]),
    formula: t(lang, 'dash.explain.saving', { a: t(lang, `dash.step.${a}`), b: t(lang, `dash.step.${b}`) }),
    inputs: [
      { label: t(lang, `dash.step.${a}`), value: euroCents(lang, sa?.pv[p] ?? 0) },
      { label: t(lang, `dash.step.${b}`), value: euroCents(lang, sb?.pv[p] ?? 0) },
    ],
    rows: [],
  };
});

export const explainSavingPct = inEveryLang(function explainSavingPct(lang: Lang, r: ComputeResult, p: PerspectiveId): Explanation {
  const sep = r.steps.find((s) => s.id === 'separate')?.pv[p] ?? 0;
  const int = r.steps.find((s) => s.id === 'integrated')?.pv[p] ?? 0;
  return {
    title: `${t(lang, 'dash.headline.savingPct')} · ${t(lang, `dash.perspective.${p}`)}`,
    value: sep === 0 ? '–' : formatPercent(lang, (sep - int) / sep, 2),
    formula: t(lang, 'dash.explain.savingPct'),
    inputs: [
      { label: t(lang, 'dash.step.separate'), value: euroCents(lang, sep) },
      { label: t(lang, 'dash.step.integrated'), value: euroCents(lang, int) },
    ],
    rows: [],
  };
});

export const explainProjectTotal = inEveryLang(function explainProjectTotal(lang: Lang, project: ProjectResult, key: 'shared' | 'disruption' | 'direct'): Explanation {
  const keys = key === 'shared'
    ? ['engineering', 'tender', 'participation', 'site', 'opening', 'coordination']
    : [key];
  const lines = project.lines.filter((l) => keys.includes(l.key));
  return {
    title: `${t(lang, key === 'direct' ? 'dash.cost.direct' : `dash.projects.${key}`)} · ${project.id}`,
    value: euroCents(lang, project[key]),
    formula: key === 'shared' ? t(lang, 'dash.explain.projectShared') : formulaText(lang, lines[0]?.inputs.formula ?? `cost.${key}`),
    inputs: [
      ...lines.map((l) => ({ label: t(lang, `dash.cost.${l.key}`), value: euroCents(lang, l.nominal) })),
      ...(key === 'shared' ? project.allocation.map((a) => ({ label: `${t(lang, 'dash.line.party')} ${a.party}`, value: euroCents(lang, a.amount) })) : []),
      { label: t(lang, 'dash.value.days'), value: formatNumber(lang, project.days, 3) },
    ],
    rows: project.works.map((id) => ({ sheet: 'works' as const, id })),
  };
});

export const explainPartyPV = inEveryLang(function explainPartyPV(lang: Lang, r: ComputeResult, party: string, step: StepId): Explanation {
  const pr = r.parties.find((p) => p.id === party);
  const st = r.steps.find((s) => s.id === step);
  const ps = st?.parties.find((p) => p.party === party);
  return {
    title: `${pr?.name || party} · ${t(lang, `dash.step.${step}`)}`,
    value: euroCents(lang, pr?.pv[step] ?? 0),
    formula: t(lang, 'dash.explain.partyPV'),
    inputs: [
      ...discountInputs(lang, r),
      ...(ps ? [{ label: t(lang, 'dash.cash.total'), value: euroCents(lang, ps.cash.reduce((a, b) => a + b, 0)) }] : []),
    ],
    rows: [{ sheet: 'parties', id: party }],
  };
});

export const explainPartySaving = inEveryLang(function explainPartySaving(lang: Lang, r: ComputeResult, party: string): Explanation {
  const pr = r.parties.find((p) => p.id === party);
  return {
    title: `${t(lang, 'dash.parties.saving')} · ${pr?.name || party}`,
    value: euroCents(lang, pr?.saving ?? 0),
    formula: t(lang, 'dash.explain.partySaving', { party: pr?.name || party }),
    inputs: [
      { label: t(lang, 'dash.step.separate'), value: euroCents(lang, pr?.pv.separate ?? 0) },
      { label: t(lang, 'dash.step.integrated'), value: euroCents(lang, pr?.pv.integrated ?? 0) },
    ],
    rows: [{ sheet: 'parties', id: party }],
  };
});

export const explainCash = inEveryLang(function explainCash(lang: Lang, r: ComputeResult, party: string, year: number, nominal: number, shown: number, discounted: boolean): Explanation {
  const pr = r.parties.find((p) => p.id === party);
  const name = pr?.name || party;
  return {
    title: `${name} · ${year}`,
    value: euroCents(lang, shown),
    formula: t(lang, discounted ? 'dash.explain.cashDiscounted' : 'dash.explain.cash', { party: name, year: String(year) }),
    inputs: discounted
      ? [{ label: t(lang, 'dash.amount.nominal'), value: euroCents(lang, nominal) }, ...discountInputs(lang, r)]
      : [],
    rows: [{ sheet: 'parties', id: party }],
  };
});

export const explainWork = inEveryLang(function explainWork(lang: Lang, r: ComputeResult, stepId: StepId, work: string): Explanation | undefined {
  const step = r.steps.find((s) => s.id === stepId);
  const wp = step?.works.find((w) => w.work === work);
  if (!wp) return undefined;
  return {
    title: `${t(lang, 'dash.matrix.work')} ${work}`,
    value: String(wp.year),
    formula: t(lang, 'dash.explain.workYear'),
    inputs: [
      { label: t(lang, 'dash.matrix.planned'), value: String(wp.plannedYear) },
      { label: t(lang, 'dash.matrix.executed'), value: String(wp.year) },
      { label: t(lang, 'dash.explain.window'), value: `${wp.inputs.window[0]}–${wp.inputs.window[1]}` },
      { label: t(lang, 'dash.matrix.project'), value: wp.project },
      { label: t(lang, 'dash.line.party'), value: wp.party },
      { label: t(lang, 'dash.cost.direct'), value: euroCents(lang, wp.inputs.direct) },
      { label: t(lang, 'dash.explain.lifetime'), value: formatNumber(lang, wp.inputs.lifetimeYears) },
      { label: t(lang, 'dash.explain.replacements'), value: wp.replacementYears.join(', ') || '–' },
    ],
    rows: [{ sheet: 'works', id: work }, { sheet: 'neighbourhoods', id: wp.neighbourhood }],
  };
});

export const explainCapital = inEveryLang(function explainCapital(lang: Lang, r: ComputeResult, party: string, year: number, row: { depreciation: number; interest: number; writeOff: number; opex: number; contributions: number; total: number } | undefined, shown: number, discounted: boolean): Explanation {
  const pr = r.parties.find((p) => p.id === party);
  const name = pr?.name || party;
  const parts = row ? [
    { label: t(lang, 'dash.capital.depreciation'), value: euroCents(lang, row.depreciation) },
    { label: t(lang, 'dash.capital.interest'), value: euroCents(lang, row.interest) },
    { label: t(lang, 'dash.capital.writeOff'), value: euroCents(lang, row.writeOff) },
    { label: t(lang, 'dash.capital.opex'), value: euroCents(lang, row.opex) },
    { label: t(lang, 'dash.capital.contributions'), value: euroCents(lang, row.contributions) },
  ] : [];
  return {
    title: `${t(lang, 'dash.cash.viewCapital')} · ${name} · ${year}`,
    value: euroCents(lang, shown),
    formula: t(lang, 'dash.explain.capital') + (discounted ? ` · ${t(lang, 'dash.formula.pvFactor')}` : ''),
    inputs: [...parts, ...(discounted ? discountInputs(lang, r) : [])],
    rows: [{ sheet: 'parties', id: party }],
  };
});
