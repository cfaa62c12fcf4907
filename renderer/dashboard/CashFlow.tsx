// Cash flow per party per year for one step, nominal or discounted; a capital-charge view when the
// result carries capital charges.
import { memo, useContext, useMemo, useState } from 'react';
import { t, type Lang } from '../../engine/i18n';
import { stepIds, type ComputeResult, type StepId } from '../../engine/model/result';
import { ChartFrame, type PngHandler } from './ChartFrame';
import { useDetailsCame } from './details';
import { explainCapital, explainCash } from './explain';
import { ExplainContext, Num } from './ExplainContext';
import { euro } from './format';
import { StackedBars } from './StackedBars';
import { capitalRow, capitalView, hasCapital } from './sections';
import { cashFlow, type CashView } from './view';

export const partyColours = ['#1f4e79', '#e07b00', '#2e7d32', '#7b1fa2', '#c62828', '#00838f', '#6d4c41', '#5c6bc0', '#9e9d24', '#ad1457'];

export const CashFlow = memo(function CashFlow(props: { result: ComputeResult; lang: Lang; onExportPng?: PngHandler }) {
  const { result: r, lang } = props;
  const api = useContext(ExplainContext);
  const [stepId, setStepId] = useState<StepId>('integrated');
  const [discounted, setDiscounted] = useState(false);
  const [view, setView] = useState<'cash' | 'capital'>('cash');
  // The capital charges are a view that comes with a big result's rest: offered once it is here.
  const capital = useDetailsCame(r) && hasCapital(r);
  const effectiveView = capital ? view : 'cash';
  const cv: CashView = useMemo(
    () => (effectiveView === 'capital' ? capitalView(r, stepId, discounted) : cashFlow(r, stepId, discounted)),
    [r, stepId, discounted, effectiveView]);
  const names = useMemo(() => new Map(r.parties.map((p) => [p.id, p.name || p.id])), [r]);
  const explain = (party: string, year: number) => {
    const shown = cv.rows.find((row) => row.year === year)?.[party] ?? 0;
    if (effectiveView === 'capital') return explainCapital(lang, r, party, year, capitalRow(r, stepId, party, year), shown, discounted);
    return explainCash(lang, r, party, year, cv.nominal.get(`${party}|${year}`) ?? shown, shown, discounted);
  };
  const activeYears = cv.rows.filter((row) => cv.parties.some((p) => (row[p] ?? 0) !== 0));
  const controls = (
    <>
      <label>{t(lang, 'dash.cash.step')}{' '}
        <select value={stepId} onChange={(e) => setStepId(e.target.value as StepId)}>
          {stepIds.map((s) => <option key={s} value={s}>{t(lang, `dash.step.${s}`)}</option>)}
        </select>
      </label>
      <label><input type="checkbox" checked={discounted} onChange={(e) => setDiscounted(e.target.checked)} /> {t(lang, 'dash.cash.discounted')}</label>
      {capital && (
        <label>{t(lang, 'dash.cash.view')}{' '}
          <select value={view} onChange={(e) => setView(e.target.value as 'cash' | 'capital')}>
            <option value="cash">{t(lang, 'dash.cash.viewCash')}</option>
            <option value="capital">{t(lang, 'dash.cash.viewCapital')}</option>
          </select>
        </label>
      )}
    </>
  );
  const table = () => (
    <table className="kk-table kk-wide">
      <thead><tr><th scope="col">{t(lang, 'dash.cash.year')}</th>
        {cv.parties.map((p) => <th key={p} scope="col" className="kk-right">{names.get(p) ?? p}</th>)}
        <th scope="col" className="kk-right">{t(lang, 'dash.cash.total')}</th></tr></thead>
      <tbody>
        {activeYears.map((row) => (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            {cv.parties.map((p) => (
              <td key={p} className="kk-right">
                <Num value={euro(lang, row[p] ?? 0)} label={`${names.get(p) ?? p} ${row.year}`} explain={() => explain(p, row.year)} />
              </td>
            ))}
            <td className="kk-right">{euro(lang, row.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame id="cashflow" lang={lang} title={effectiveView === 'capital' ? t(lang, 'dash.cash.titleCapital') : t(lang, 'dash.cash.title')} desc={t(lang, 'dash.cash.desc')} controls={controls} table={table} onExportPng={props.onExportPng}
      pngLegend={cv.parties.map((p, i) => ({ label: names.get(p) ?? p, colour: partyColours[i % partyColours.length]! }))}>
      <StackedBars rows={cv.rows} series={cv.parties} colours={partyColours} names={names} lang={lang}
        onBar={(p, y) => { if (api) api.show(explain(p, y)); }} />
    </ChartFrame>
  );
});
