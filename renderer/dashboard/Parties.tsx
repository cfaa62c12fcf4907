// Per party: present value separate and integrated, the saving, the co-financing it receives and
// pays in the integrated plan (nominal, where the scenario has co-financing), and the fairness flag.
import { memo } from 'react';
import { t, type Lang } from '../../engine/i18n';
import type { ComputeResult } from '../../engine/model/result';
import { explainPartyPV, explainPartySaving } from './explain';
import { Num } from './ExplainContext';
import { euro } from './format';
import { namesOf, projectName, type Names } from './names';
import '../../engine/i18n/dashboard';
import '../../engine/i18n/party-view';

/** Per party, the co-financing of the integrated step summed over the years (nominal euros), or
 *  undefined when the scenario has no co-financing at all. */
function coFinancingTotals(r: ComputeResult): Map<string, { received: number; paid: number }> | undefined {
  const steps = r.cofinancing ?? [];
  if (steps.every((s) => s.flows.length === 0)) return undefined;
  const out = new Map<string, { received: number; paid: number }>();
  for (const l of steps.find((s) => s.step === 'integrated')?.lines ?? []) {
    const t = out.get(l.party) ?? { received: 0, paid: 0 };
    out.set(l.party, { received: t.received + l.received, paid: t.paid + l.paid });
  }
  return out;
}

/** `onSelect`: the party names become buttons that open the party view. */
export const Parties = memo(function Parties(props: { result: ComputeResult; lang: Lang; onSelect?: (party: string) => void; names?: Names }) {
  const { result: r, lang } = props;
  const cof = coFinancingTotals(r);
  return (
    <section className="kk-card" aria-labelledby="kk-parties-title" data-section="parties">
      <h2 id="kk-parties-title">{t(lang, 'dash.parties.title')}</h2>
      <div className="kk-scroll">
        <table className="kk-table kk-parties-table">
          <thead><tr>
            <th scope="col">{t(lang, 'dash.parties.party')}</th>
            <th scope="col" className="kk-right">{t(lang, 'dash.parties.separate')}</th>
            <th scope="col" className="kk-right">{t(lang, 'dash.parties.integrated')}</th>
            <th scope="col" className="kk-right">{t(lang, 'dash.parties.saving')}</th>
            {cof && <th scope="col" className="kk-right">{t(lang, 'dash.parties.cofReceived')}</th>}
            {cof && <th scope="col" className="kk-right">{t(lang, 'dash.parties.cofPaid')}</th>}
            <th scope="col">{t(lang, 'dash.parties.flag')}</th>
          </tr></thead>
          <tbody>
            {r.parties.map((p) => (
              <tr key={p.id} data-party={p.id} className={p.flagged ? 'kk-flagged' : undefined}>
                <th scope="row">{props.onSelect
                  ? <button type="button" className="kk-linklike" data-open-party={p.id} aria-label={t(lang, 'party.open', { party: p.name || p.id })} onClick={() => props.onSelect!(p.id)}>{p.name || p.id}</button>
                  : p.name || p.id}</th>
                <td className="kk-right"><Num value={euro(lang, p.pv.separate)} label={`${p.name || p.id} ${t(lang, 'dash.parties.separate')}`} explain={() => explainPartyPV(lang, r, p.id, 'separate')} /></td>
                <td className="kk-right"><Num value={euro(lang, p.pv.integrated)} label={`${p.name || p.id} ${t(lang, 'dash.parties.integrated')}`} explain={() => explainPartyPV(lang, r, p.id, 'integrated')} /></td>
                <td className="kk-right"><Num value={euro(lang, p.saving)} label={`${p.name || p.id} ${t(lang, 'dash.parties.saving')}`} explain={() => explainPartySaving(lang, r, p.id)} /></td>
                {cof && <td className="kk-right" data-cof="received">{euro(lang, cof.get(p.id)?.received ?? 0)}</td>}
                {cof && <td className="kk-right" data-cof="paid">{euro(lang, cof.get(p.id)?.paid ?? 0)}</td>}
                <td className="kk-flag-cell">{p.flagged
                  ? <span className="kk-flag" role="status"><span aria-hidden="true">⚠ </span>{t(lang, 'dash.parties.flagged')}</span>
                  : p.ownsWorks ? t(lang, 'dash.parties.ok') : t(lang, 'dash.parties.funderOnly')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(r.fairness?.outsideCore.length ?? 0) > 0 && (
        <p className="kk-note" data-outside-core>
          <span aria-hidden="true">ℹ </span>{t(lang, 'dash.parties.outsideCore')}: {outsideCoreText(lang, r.fairness!.outsideCore.map((o) => projectName(props.names ?? namesOf(undefined), o.project)))}
        </p>
      )}
    </section>
  );
});

// A city has thousands of projects outside the core: a readable few here, the rest counted.
const outsideCoreShown = 12;
export function outsideCoreText(lang: Lang, projects: readonly string[]): string {
  const shown = projects.slice(0, outsideCoreShown).join(', ');
  const rest = projects.length - outsideCoreShown;
  return rest > 0 ? `${shown} ${t(lang, 'dash.parties.outsideCoreMore', { n: rest })}` : shown;
}
