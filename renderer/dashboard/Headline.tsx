// Headline cards: separate against integrated present value and the saving in € and %, in both
// perspectives.
import { memo } from 'react';
import { t, type Lang } from '../../engine/i18n';
import type { ComputeResult } from '../../engine/model/result';
import { explainSaving, explainSavingPct, explainStep, type PerspectiveId } from './explain';
import { Num } from './ExplainContext';
import { euro, percent } from './format';
import { headline, step } from './view';

const perspectives: PerspectiveId[] = ['financial', 'societal'];

export const Headline = memo(function Headline(props: { result: ComputeResult; lang: Lang }) {
  const { result: r, lang } = props;
  const h = headline(r);
  return (
    <section className="kk-headline" aria-labelledby="kk-headline-title">
      <h2 id="kk-headline-title" className="kk-sr-only">{t(lang, 'dash.headline.title')}</h2>
      {perspectives.map((p) => {
        const pct = h.savingPct[p];
        const pctText = pct === null ? '–' : percent(lang, pct, 1);
        const sepStep = step(r, 'separate');
        const intStep = step(r, 'integrated');
        return (
          <div key={p} className={`kk-card kk-headline-card kk-${p}`} data-perspective={p}>
            <h3>{t(lang, `dash.perspective.${p}`)}</h3>
            <dl>
              <div><dt>{t(lang, 'dash.headline.separate')}</dt>
                <dd><Num value={euro(lang, h.separate[p])} label={`${t(lang, 'dash.headline.separate')}, ${t(lang, `dash.perspective.${p}`)}`}
                  explain={() => sepStep && explainStep(lang, r, sepStep, p)} className="kk-amount" /></dd></div>
              <div><dt>{t(lang, 'dash.headline.integrated')}</dt>
                <dd><Num value={euro(lang, h.integrated[p])} label={`${t(lang, 'dash.headline.integrated')}, ${t(lang, `dash.perspective.${p}`)}`}
                  explain={() => intStep && explainStep(lang, r, intStep, p)} className="kk-amount" /></dd></div>
              <div className="kk-saving"><dt>{t(lang, 'dash.headline.saving')}</dt>
                <dd>
                  <Num value={euro(lang, h.saving[p])} label={`${t(lang, 'dash.headline.saving')}, ${t(lang, `dash.perspective.${p}`)}`}
                    explain={() => explainSaving(lang, r, 'total', p)} className="kk-amount kk-big" />
                  {' '}
                  <Num value={pctText} label={`${t(lang, 'dash.headline.savingPct')}, ${t(lang, `dash.perspective.${p}`)}`}
                    explain={() => explainSavingPct(lang, r, p)} className="kk-pct" />
                </dd></div>
            </dl>
          </div>
        );
      })}
    </section>
  );
});
