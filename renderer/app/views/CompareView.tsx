// Two to four scenarios side by side: the inputs that differ highlighted, the results with their
// difference against the first one in euros and percent.
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import { choiceLabel } from '../../../engine/scenario/columns';
import { useI18n } from '../i18n';
import { diffRows, diffSettings, difference } from '../state/compare';

export interface CompareItem {
  id: string;
  name: string;
  /** Inputs with the what-if laid over them: what was computed. */
  scenario: Scenario;
  result: ComputeResult | null;
}

interface Props {
  items: CompareItem[];
  candidates: { id: string; name: string }[];
  chosen: string[];
  onChoose: (ids: string[]) => void;
}

export function CompareView({ items, candidates, chosen, onChoose }: Props) {
  const { t, euro, pct, lang, num } = useI18n();
  const toggle = (id: string) => {
    if (chosen.includes(id)) onChoose(chosen.filter((c) => c !== id));
    else if (chosen.length < 4) onChoose([...chosen, id]);
  };
  const settings = items.length >= 2 ? diffSettings(items.map((i) => i.scenario)) : [];
  const rows = items.length >= 2 ? diffRows(items.map((i) => i.scenario)) : [];
  const show = (v: unknown) => (v === undefined ? '' : typeof v === 'number' ? num(v) : typeof v === 'string' ? choiceLabel(v, lang) : String(v));

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
    <section className="compare" aria-label={t('ui.view.compare')}>
      <fieldset className="compare-choose">
        <legend>{t('ui.compare.choose')}</legend>
        {candidates.map((c) => (
          <label key={c.id}>
            <input type="checkbox" checked={chosen.includes(c.id)} disabled={!chosen.includes(c.id) && chosen.length >= 4} onChange={() => toggle(c.id)} />
            {c.name}
          </label>
        ))}
      </fieldset>
      {items.length < 2 ? <p>{t('ui.compare.needTwo')}</p> : (
        <>
          <h2>{t('ui.compare.results')}</h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('ui.compare.results')}>
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
          <h2>{t('ui.compare.settings')}</h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('ui.compare.settings')}>
            <table className="grid compare-settings" data-testid="compare-settings">
              <thead>
                <tr><th scope="col">{t('ui.settings.key')}</th>{items.map((i) => <th key={i.id} scope="col">{i.name}</th>)}</tr>
              </thead>
              <tbody>
                {settings.map((s) => (
                  <tr key={s.key} className={s.differs ? 'differs' : undefined}>
                    <th scope="row"><code>{s.key}</code>{s.differs && <span className="sr-only"> ({t('ui.compare.differs')})</span>}</th>
                    {s.values.map((v, k) => <td key={k} className={s.differs ? 'differs' : undefined}>{show(v)}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('ui.compare.rows')}</h2>
          {rows.length === 0 ? <p>{t('ui.compare.sameRows')}</p> : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('ui.compare.rows')}>
              <table className="grid compare-rows" data-testid="compare-rows">
                <thead>
                  <tr><th scope="col">{t('ui.compare.sheet')}</th><th scope="col">{t('ui.compare.row')}</th>{items.map((i) => <th key={i.id} scope="col">{i.name}</th>)}<th scope="col">{t('ui.compare.fields')}</th></tr>
                </thead>
                <tbody>
                  {rows.slice(0, 200).map((r) => (
                    <tr key={`${r.sheet}/${r.key}`} className="differs">
                      <td>{t(`ui.sheet.${r.sheet}`)}</td>
                      <th scope="row">{r.key}</th>
                      {r.present.map((p, k) => <td key={k}>{p ? '✓' : t('ui.compare.missing')}</td>)}
                      <td>{r.fields.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {rows.length > 200 && <p>{t('ui.compare.moreRows', { n: rows.length - 200 })}</p>}
            </div>
          )}
        </>
      )}
    </section>
  );
}
