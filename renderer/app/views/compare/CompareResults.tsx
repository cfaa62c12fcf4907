// The headline figures of the compared scenarios: each step's present value and the savings, with
// the difference from the first scenario in euros and percent.
import type { ComputeResult } from '../../../../engine/model/result';
import { difference } from '../../state/compare';
import { useI18n } from '../../i18n';

interface Item { id: string; name: string; result: ComputeResult | null }

export function CompareResults({ items }: { items: readonly Item[] }) {
  const { t, euro, pct } = useI18n();
  const figures: { label: string; get: (r: ComputeResult) => number }[] = [
    ...(['separate', 'bundled', 'differentiated', 'integrated'] as const).map((id) => ({
      label: t('ui.compare.stepPV', { step: t(`ui.step.${id}`) }),
      get: (r: ComputeResult) => r.steps.find((s) => s.id === id)?.pv.financial ?? 0,
    })),
    ...(['bundling', 'differentiation', 'citizen', 'total'] as const).flatMap((k) => [
      { label: t('ui.compare.saving', { part: t(`ui.saving.${k}`), perspective: t('ui.perspective.financial') }), get: (r: ComputeResult) => r.savings[k].financial },
    ]),
    { label: t('ui.compare.saving', { part: t('ui.saving.total'), perspective: t('ui.perspective.societal') }), get: (r: ComputeResult) => r.savings.total.societal },
  ];
  const base = items[0]?.result ?? null;
  return (
    <>
      <h2>{t('ui.compare.results')}</h2>
      <div className="table-scroll compare-fit" tabIndex={0} role="region" aria-label={t('ui.compare.results')}>
        <table className="grid compare-results" data-testid="compare-results">
          <thead>
            <tr>
              <th scope="col">{t('ui.compare.figure')}</th>
              {items.map((i, k) => (
                <th key={i.id} scope="col" colSpan={k === 0 ? 1 : 3}>{i.name}</th>
              ))}
            </tr>
            <tr>
              <th scope="col"><span className="sr-only">{t('ui.compare.figure')}</span></th>
              {items.map((i, k) => (k === 0
                ? <th key={i.id} scope="col">{t('ui.compare.value')}</th>
                : [<th key={`${i.id}v`} scope="col">{t('ui.compare.value')}</th>, <th key={`${i.id}d`} scope="col">{t('ui.compare.diffEuro')}</th>, <th key={`${i.id}p`} scope="col">{t('ui.compare.diffPct')}</th>]))}
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.label}>
                <th scope="row">{f.label}</th>
                {items.map((i, k) => {
                  if (!i.result) return <td key={i.id} colSpan={k === 0 ? 1 : 3}>{t('ui.compare.noResult')}</td>;
                  const v = f.get(i.result);
                  if (k === 0 || !base) return <td key={i.id} className="num">{euro(v)}</td>;
                  const d = difference(f.get(base), v);
                  const cls = d.euro === 0 ? 'num' : 'num differs';
                  return [
                    <td key={`${i.id}v`} className={cls}>{euro(v)}</td>,
                    <td key={`${i.id}d`} className={cls}>{d.euro > 0 ? '+' : ''}{euro(d.euro)}</td>,
                    <td key={`${i.id}p`} className={cls}>{d.pct === null ? '–' : `${d.pct > 0 ? '+' : ''}${pct(d.pct)}`}</td>,
                  ];
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
