// The readable summary of `compute`: settings line, the four steps in both perspectives, the
// savings with their share of the separate present value, the parties, and the projects. Numbers
// in the output language's notation (€ 1.234,56 in Dutch).
import { formatEuro, formatPercent, t, type Lang } from '../engine/i18n';
import type { ComputeResult } from '../engine/model/result';
import type { VariantChoice } from '../engine/variants/resolve';
import { table } from './table';

const savingKeys = ['bundling', 'differentiation', 'citizen', 'total'] as const;

function share(lang: Lang, part: number, whole: number): string {
  return whole === 0 ? '' : formatPercent(lang, part / whole, 1);
}

export function summaryText(r: ComputeResult, lang: Lang): string {
  const s = r.settings;
  const euro = (v: number) => formatEuro(lang, v, 2);
  const separate = r.steps.find((st) => st.id === 'separate');
  const sepFin = separate?.pv.financial ?? 0;
  const sepSoc = separate?.pv.societal ?? 0;
  const out: string[] = [];

  out.push(t(lang, 'cli.summary.title', { name: r.scenario }));
  out.push(t(lang, 'cli.summary.settings', {
    method: r.meta.method, baseYear: String(s.baseYear), horizon: s.horizonYears,
    from: String(s.baseYear), to: String(s.baseYear + s.horizonYears - 1),
    rate: formatPercent(lang, s.discountRate, 2), mode: t(lang, `cli.mode.${s.bundleMode}`),
    rule: s.allocationRule,
  }));
  out.push(t(lang, 'cli.summary.pvNote', { baseYear: String(s.baseYear) }), '');

  out.push(table(
    [t(lang, 'cli.summary.step'), t(lang, 'cli.summary.financial'), t(lang, 'cli.summary.societal')],
    r.steps.map((st) => [t(lang, `cli.step.${st.id}`), euro(st.pv.financial), euro(st.pv.societal)]),
  ), '');

  out.push(table(
    [
      t(lang, 'cli.summary.saving'), t(lang, 'cli.summary.financial'), t(lang, 'cli.summary.share'),
      t(lang, 'cli.summary.societal'), t(lang, 'cli.summary.share'),
    ],
    savingKeys.map((k) => {
      const v = r.savings[k];
      return [
        t(lang, `cli.saving.${k}`), euro(v.financial), share(lang, v.financial, sepFin),
        euro(v.societal), share(lang, v.societal, sepSoc),
      ];
    }),
  ), '');

  const flagged = r.parties.some((p) => p.flagged);
  out.push(table(
    [t(lang, 'cli.summary.party'), t(lang, 'cli.summary.separate'), t(lang, 'cli.summary.integrated'),
      t(lang, 'cli.summary.saving'), ''],
    r.parties.map((p) => [
      p.name || p.id, euro(p.pv.separate), euro(p.pv.integrated), euro(p.saving),
      p.flagged ? `(!) ${t(lang, 'cli.summary.flag')}` : '',
    ]),
  ));
  if (flagged) out.push(t(lang, 'cli.summary.flagNote'));
  out.push('');

  const last = r.steps[r.steps.length - 1];
  if (last) {
    const bundled = last.projects.filter((p) => p.works.length > 1);
    out.push(t(lang, 'cli.summary.projects', {
      step: t(lang, `cli.step.${last.id}`),
      projects: last.projects.length,
      works: last.works.length,
      bundled: bundled.length,
      bundledWorks: bundled.reduce((n, p) => n + p.works.length, 0),
      moved: last.works.filter((w) => w.year !== w.plannedYear).length,
    }));
  }
  if (r.variants && r.variants.length > 0) {
    out.push(t(lang, 'cli.summary.variants', {
      works: r.variants.length, changed: r.variants.filter((v) => v.chosen !== v.generic).length,
    }));
    out.push(chosenVariants(r.variants, lang, euro));
    // MODEL: with bundling, differentiation can cost more than the generic policy: say so plainly.
    if (r.savings.differentiation.financial < 0) out.push(t(lang, 'cli.summary.differentiationCostsMore'));
  }
  const shortfalls = r.budgets?.shortfalls ?? [];
  if (shortfalls.length > 0) {
    const name = new Map(r.parties.map((p) => [p.id, p.name || p.id]));
    out.push(t(lang, 'cli.summary.shortfalls', { count: shortfalls.length }));
    for (const b of shortfalls) {
      out.push(`  ${t(lang, 'cli.summary.shortfall', {
        party: name.get(b.party) ?? b.party, year: String(b.year), needed: euro(b.needed), budget: euro(b.budget),
        shortfall: euro(-b.balance),
      })}`);
    }
  }
  return out.join('\n');
}

/** The chosen variants per neighbourhood and group: which variant, for how many works, and the
 *  saving of those works against the generic variant (each work on its own). One line per
 *  neighbourhood, group and variant, so a city stays readable; `--json` has every work. */
function chosenVariants(choices: readonly VariantChoice[], lang: Lang, euro: (v: number) => string): string {
  const rows = new Map<string, { neighbourhood: string; group: string; variant: string; works: number; saving: number; forced: number }>();
  for (const c of choices) {
    const name = c.candidates.find((x) => x.variant === c.chosen)?.name || c.chosen;
    const key = `${c.neighbourhood}\u0000${c.group}\u0000${c.chosen}`;
    const row = rows.get(key) ?? { neighbourhood: c.neighbourhood, group: c.group, variant: name, works: 0, saving: 0, forced: 0 };
    row.works++;
    row.saving += c.saving;
    if (c.forced) row.forced++;
    rows.set(key, row);
  }
  return table(
    [t(lang, 'cli.summary.neighbourhood'), t(lang, 'cli.summary.group'), t(lang, 'cli.summary.chosen'),
      t(lang, 'cli.summary.works'), t(lang, 'cli.summary.variantSaving')],
    [...rows.values()].map((x) => [
      x.neighbourhood, x.group, x.forced > 0 ? `${x.variant} (${t(lang, 'cli.summary.forced', { n: x.forced })})` : x.variant,
      String(x.works), euro(x.saving),
    ]),
    3,
  );
}
