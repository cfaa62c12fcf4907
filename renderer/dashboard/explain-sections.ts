// Explanations of the sections that appear when the scenario has them: a budget shortfall, a
// chosen variant's saving, a neighbourhood's maintenance hours.
import { t, type Lang } from '../../engine/i18n';
import type { BudgetRow } from '../../engine/budgets/check';
import { inEveryLang, type Explanation } from './explain';
import { euroCents, hours } from './format';
import type { variantChoices } from './sections';

type VariantChoice = ReturnType<typeof variantChoices>[number];

export const explainShortfall = inEveryLang((lang: Lang, who: string, row: BudgetRow): Explanation => {
  const short = Math.max(0, -row.balance);
  return {
    title: `${t(lang, 'dash.budgets.shortfall')} · ${who} · ${row.year}`,
    value: euroCents(lang, short),
    formula: t(lang, 'dash.explain.shortfall'),
    inputs: [{ label: t(lang, 'dash.budgets.needed'), value: euroCents(lang, row.needed) }, { label: t(lang, 'dash.budgets.budget'), value: euroCents(lang, row.budget) }],
    rows: [{ sheet: 'budgets', id: `${row.party} ${row.year}` }],
  };
});

export const explainVariantSaving = inEveryLang((lang: Lang, c: VariantChoice): Explanation => ({
  title: `${t(lang, 'dash.variants.chosen')} · ${c.work}`,
  value: euroCents(lang, c.saving),
  formula: t(lang, 'dash.explain.variantSaving'),
  inputs: c.candidates.map((x) => ({
    label: `${x.name || x.variant}${x.generic ? ` (${t(lang, 'dash.variants.generic').toLowerCase()})` : ''}${x.eligible ? '' : ` — ${t(lang, 'dash.variants.ineligible')}`}`,
    value: euroCents(lang, x.pv),
  })),
  rows: [{ sheet: 'works', id: c.work }, { sheet: 'neighbourhoods', id: c.neighbourhood }, ...c.candidates.map((x) => ({ sheet: 'variants' as const, id: x.variant }))],
}));

/** `year`: a year, or the whole horizon. */
export const explainHours = inEveryLang((lang: Lang, nb: string, year: number | 'horizon', kind: 'contractor' | 'resident', v: number, before: number): Explanation => ({
  title: `${t(lang, `dash.hours.${kind}`)} · ${nb} · ${year === 'horizon' ? t(lang, 'dash.hours.horizon') : year}`,
  value: hours(lang, v),
  formula: t(lang, kind === 'contractor' ? 'dash.explain.hoursContractor' : 'dash.explain.hoursResident'),
  inputs: [{ label: t(lang, 'dash.hours.contractorBefore'), value: hours(lang, before) }],
  rows: [{ sheet: 'citizenMaintenance', id: nb }],
}));
