// Headline cards: separate against integrated present value and the saving in € and %, in both
// perspectives.
import { memo } from 'react';
import { t, type Lang } from '../../engine/i18n';
import type { ComputeResult } from '../../engine/model/result';
import { explainSaving, explainSavingPct, explainStep, type PerspectiveId } from './explain';
import { Num } from './ExplainContext';
import { euro, percent } from './format';
import { headline, step, type Headline as HeadlineFigures } from './view';
import { useHeldView, type HeldView } from './live';
import '../../engine/i18n/live';

/** The headline figures of a held plan (the four steps in cents, for the moved amounts). */
function heldFigures(v: Extract<HeldView, { kind: 'held' }>): HeadlineFigures {
  const c = v.cents;
  const at = (k: number) => ({ financial: c.financial[k]! / 100, societal: c.societal[k]! / 100 });
  const sep = at(0);
  const int = at(3);
  const saving = { financial: (c.financial[0] - c.financial[3]) / 100, societal: (c.societal[0] - c.societal[3]) / 100 };
  const pct = (p: PerspectiveId) => (sep[p] === 0 ? null : saving[p] / sep[p]);
  return { separate: sep, integrated: int, saving, savingPct: { financial: pct('financial'), societal: pct('societal') } };
}

function LiveNote(props: { live: HeldView; lang: Lang }) {
  const { live, lang } = props;
  if (live.kind === 'waiting') {
    return <p className="kk-live kk-held" role="status" data-testid="plan-held-waiting" title={t(lang, 'live.heldDesc')}>{t(lang, 'live.held')} · {t(lang, 'live.heldWaiting')}</p>;
  }
  if (live.kind === 'held') {
    return <p className="kk-live kk-held" role="status" data-testid="plan-held" title={t(lang, 'live.heldDesc')}>{t(lang, 'live.held')} · {t(lang, 'live.replanning')}</p>;
  }
  return (
    <p className="kk-live" role="status" data-testid="replanned">
      {t(lang, 'live.replanned', { count: String(live.changed), diff: euro(lang, live.savingDiff.financial) })}
    </p>
  );
}

const perspectives: PerspectiveId[] = ['financial', 'societal'];

export const Headline = memo(function Headline(props: { result: ComputeResult; lang: Lang }) {
  const { result: r, lang } = props;
  const live = useHeldView();
  // While a slider moves on a big scenario the result on screen is the last re-planned one; the
  // headline then shows the exact figures for its plan with the amounts moved.
  const held = live?.kind === 'held' && live.source === r ? live : null;
  // Held, but the figures for the moved amounts are still to come: the ones shown are marked busy.
  const waiting = live?.kind === 'waiting' && live.source === r ? live : null;
  const note = held ?? waiting ?? (live?.kind === 'replanned' && live.result === r ? live : null);
  const h = held ? heldFigures(held) : headline(r);
  return (
    <section className={waiting ? 'kk-headline kk-headline-waiting' : 'kk-headline'} aria-labelledby="kk-headline-title" aria-busy={waiting ? true : undefined}>
      <h2 id="kk-headline-title" className="kk-sr-only">{t(lang, 'dash.headline.title')}</h2>
      {note && <LiveNote live={note} lang={lang} />}
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
