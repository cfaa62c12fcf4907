// Sections that appear when the scenario has them: budget fit, variants per neighbourhood, and the
// citizen-maintenance hours budget. A city's long tables (thousands of variant choices, budget
// and hours rows per party or neighbourhood and year) draw only the rows in their scroll box.
import type { NameSheet, Names } from './names';
import { memo } from 'react';
import { t, type Lang } from '../../engine/i18n';
import type { ComputeResult } from '../../engine/model/result';
import { Num } from './ExplainContext';
import { explainHours, explainShortfall, explainVariantSaving } from './explain-sections';
import { euro, hours } from './format';
import type { BudgetRow } from '../../engine/budgets/check';
import { LazyDetails } from './LazyDetails';
import { LongTable } from '../virtual/LongTable';
import { budgetCheck, hoursRows, variantChoices } from './sections';

export const BudgetFit = memo(function BudgetFit(props: { result: ComputeResult; lang: Lang }) {
  const { result: r, lang } = props;
  const b = budgetCheck(r);
  if (!b || b.rows.length === 0) return null;
  const names = new Map(r.parties.map((p) => [p.id, p.name || p.id]));
  const budgetTable = (rows: BudgetRow[]) => (
    <LongTable count={rows.length} columns={5} row={(i, measure) => {
      const row = rows[i]!;
      const short = Math.max(0, -row.balance);
      const who = names.get(row.party) ?? row.party;
      return (
        <tr key={`${row.party}/${row.year}`} className={short > 0 ? 'kk-flagged' : undefined} data-index={i} aria-rowindex={i + 2} ref={measure}>
          <th scope="row">{who}</th><td>{row.year}</td>
          <td className="kk-right">{euro(lang, row.needed)}</td>
          <td className="kk-right">{euro(lang, row.budget)}</td>
          <td className="kk-right">
            <Num value={euro(lang, short)} label={`${t(lang, 'dash.budgets.shortfall')} ${who} ${row.year}`} explain={() => explainShortfall(lang, who, row)} />
          </td>
        </tr>
      );
    }}>
      <thead><tr aria-rowindex={1}>
        <th scope="col">{t(lang, 'dash.budgets.party')}</th><th scope="col">{t(lang, 'dash.budgets.year')}</th>
        <th scope="col" className="kk-right">{t(lang, 'dash.budgets.needed')}</th>
        <th scope="col" className="kk-right">{t(lang, 'dash.budgets.budget')}</th>
        <th scope="col" className="kk-right">{t(lang, 'dash.budgets.shortfall')}</th>
      </tr></thead>
    </LongTable>
  );
  return (
    <section className="kk-card" aria-labelledby="kk-budgets-title" data-section="budgets">
      <h2 id="kk-budgets-title">{t(lang, 'dash.budgets.title')}</h2>
      <p role="status">{b.shortfalls.length === 0 ? t(lang, 'dash.budgets.allFit') : t(lang, 'dash.budgets.shortfalls', { count: b.shortfalls.length })}</p>
      {b.shortfalls.length > 0 && budgetTable(b.shortfalls)}
      <LazyDetails className="kk-data" summary={t(lang, 'dash.budgets.all', { count: b.rows.length })}>
        {() => budgetTable(b.rows)}
      </LazyDetails>
    </section>
  );
});

export const VariantsTable = memo(function VariantsTable(props: { result: ComputeResult; lang: Lang; names?: Names }) {
  const { result: r, lang } = props;
  const nb = props.names ?? ((_s: NameSheet, id: string) => id);
  const choices = variantChoices(r);
  // A city has a variant choice per sewer work (thousands).
  if (choices.length === 0) return null;
  return (
    <section className="kk-card" aria-labelledby="kk-variants-title" data-section="variants">
      <h2 id="kk-variants-title">{t(lang, 'dash.variants.title')}</h2>
      <LongTable count={choices.length} columns={6} row={(i, measure) => {
        const c = choices[i]!;
        const name = (id: string) => c.candidates.find((x) => x.variant === id)?.name || id;
        return (
          <tr key={c.work} data-index={i} aria-rowindex={i + 2} ref={measure}>
            <th scope="row" title={c.neighbourhood}>{nb('neighbourhoods', c.neighbourhood)}</th><td>{c.work}</td><td>{c.group}</td><td>{name(c.generic)}</td>
            <td>{name(c.chosen)}{c.forced ? ` (${t(lang, 'dash.variants.forced')})` : ''}</td>
            <td className="kk-right">
              <Num value={euro(lang, c.saving)} label={`${t(lang, 'dash.parties.saving')} ${c.work}`} explain={() => explainVariantSaving(lang, c)} />
            </td>
          </tr>
        );
      }}>
        <thead><tr aria-rowindex={1}>
          <th scope="col">{t(lang, 'dash.variants.neighbourhood')}</th><th scope="col">{t(lang, 'dash.variants.work')}</th>
          <th scope="col">{t(lang, 'dash.variants.group')}</th><th scope="col">{t(lang, 'dash.variants.generic')}</th>
          <th scope="col">{t(lang, 'dash.variants.chosen')}</th><th scope="col" className="kk-right">{t(lang, 'dash.parties.saving')}</th>
        </tr></thead>
      </LongTable>
    </section>
  );
});

export const HoursBudget = memo(function HoursBudget(props: { result: ComputeResult; lang: Lang; names?: Names }) {
  const { result: r, lang } = props;
  const nbName = (id: string) => (props.names ? props.names('neighbourhoods', id) : id);
  const rows = hoursRows(r);
  if (rows.length === 0) return null;
  // Per neighbourhood the horizon totals: what residents take over, at a glance; the years follow
  // in the table below on request.
  const byNb = new Map<string, { before: number; contractor: number; resident: number; years: number }>();
  for (const h of rows) {
    const a = byNb.get(h.neighbourhood) ?? { before: 0, contractor: 0, resident: 0, years: 0 };
    a.before += h.contractorHoursBefore; a.contractor += h.contractorHours; a.resident += h.residentHours; a.years++;
    byNb.set(h.neighbourhood, a);
  }
  const head = (first: string) => (
    <thead><tr aria-rowindex={1}>
      <th scope="col">{t(lang, 'dash.hours.neighbourhood')}</th><th scope="col">{first}</th>
      <th scope="col" className="kk-right">{t(lang, 'dash.hours.contractorBefore')}</th>
      <th scope="col" className="kk-right">{t(lang, 'dash.hours.contractor')}</th>
      <th scope="col" className="kk-right">{t(lang, 'dash.hours.resident')}</th>
    </tr></thead>
  );
  return (
    <section className="kk-card" aria-labelledby="kk-hours-title" data-section="hours">
      <h2 id="kk-hours-title">{t(lang, 'dash.hours.title')}</h2>
      <div className="kk-scroll">
        <table className="kk-table">
          {head(t(lang, 'dash.hours.years'))}
          <tbody>
            {[...byNb].map(([nb, a]) => (
              <tr key={nb} data-neighbourhood={nb}>
                <th scope="row" title={nb}>{nbName(nb)}</th><td>{a.years}</td>
                <td className="kk-right">{hours(lang, a.before)}</td>
                <td className="kk-right"><Num value={hours(lang, a.contractor)} label={`${t(lang, 'dash.hours.contractor')} ${nb}`} explain={() => explainHours(lang, nb, 'horizon', 'contractor', a.contractor, a.before)} /></td>
                <td className="kk-right"><Num value={hours(lang, a.resident)} label={`${t(lang, 'dash.hours.resident')} ${nb}`} explain={() => explainHours(lang, nb, 'horizon', 'resident', a.resident, a.before)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LazyDetails className="kk-data" summary={t(lang, 'dash.hours.perYear')}>
        {() => (
          <LongTable count={rows.length} columns={5} row={(i, measure) => {
            const h = rows[i]!;
            return (
              <tr key={`${h.neighbourhood}/${h.year}`} data-index={i} aria-rowindex={i + 2} ref={measure}>
                <th scope="row" title={h.neighbourhood}>{nbName(h.neighbourhood)}</th><td>{h.year}</td>
                <td className="kk-right">{hours(lang, h.contractorHoursBefore)}</td>
                <td className="kk-right"><Num value={hours(lang, h.contractorHours)} label={`${t(lang, 'dash.hours.contractor')} ${h.neighbourhood} ${h.year}`} explain={() => explainHours(lang, h.neighbourhood, h.year, 'contractor', h.contractorHours, h.contractorHoursBefore)} /></td>
                <td className="kk-right"><Num value={hours(lang, h.residentHours)} label={`${t(lang, 'dash.hours.resident')} ${h.neighbourhood} ${h.year}`} explain={() => explainHours(lang, h.neighbourhood, h.year, 'resident', h.residentHours, h.contractorHoursBefore)} /></td>
              </tr>
            );
          }}>
            {head(t(lang, 'dash.hours.year'))}
          </LongTable>
        )}
      </LazyDetails>
    </section>
  );
});
