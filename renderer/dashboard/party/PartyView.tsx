// One party's own dashboard: PV per step and saving, the measures, its projects with its share and
// why, co-financing, cash against budget, capital charges, and its flag explained with what would
// make it whole (the balancing transfer, or an allocation rule under which it does not lose).
import { memo, useMemo, useState } from 'react';
import '../../../engine/i18n/party-view';
import '../../../engine/i18n/results';
import '../../../engine/i18n/proposal';
import '../../../engine/i18n/proposal-print';
import { t, type Lang } from '../../../engine/i18n';
import { balancing } from '../../../engine/balancing/balance';
import { compute } from '../../../engine/compute';
import { implementedRules } from '../../../engine/model/allocate';
import type { ComputeResult } from '../../../engine/model/result';
import { partyFigures } from '../../../engine/proposal/party';
import type { AllocationRule, Scenario } from '../../../engine/scenario/schema';
import { euroCents } from '../format';
import { namesOf } from '../names';
import { LongTable } from '../../virtual/LongTable';
import { MeasuresTable } from './MeasuresTable';
import { measuresOf, MEASURES_AT_ONCE_UP_TO } from './party-measures';
import { useNear } from '../near';
import { shareKey } from './party-text';
import { ProposalButton } from './proposal/ProposalButton';
import './party.css';

export interface PartyViewProps {
  result: ComputeResult;
  scenario?: Scenario;
  lang: Lang;
  party: string | null;
  onParty: (id: string) => void;
}

export const PartyView = memo(function PartyView(props: PartyViewProps) {
  const { result: r, lang, scenario } = props;
  const known = props.party !== null && r.parties.some((p) => p.id === props.party);
  const party = known ? props.party! : r.parties.find((p) => p.flagged)?.id ?? r.parties.find((p) => p.ownsWorks)?.id ?? r.parties[0]?.id;
  const names = new Map(r.parties.map((p) => [p.id, p.name || p.id]));
  const name = (id: string) => names.get(id) ?? id;
  const places = namesOf(scenario);
  const place = (id: string) => places('neighbourhoods', id);
  // The measures read every step's projects and works: on a city they wait until the view is near
  // the screen, so a re-planned result far above it lands without them.
  const [near, nearRef] = useNear((scenario?.works.length ?? 0) <= MEASURES_AT_ONCE_UP_TO);
  const m = useMemo(() => (near ? measuresOf(r) : null), [r, near]);
  const figures = useMemo(() => (party ? partyFigures(r, party) : null), [r, party]);
  const offer = useMemo(() => balancing(r, 'separate'), [r]);
  const [tried, setTried] = useState<{ party: string; rows: { rule: AllocationRule; saving: number | null }[] } | null>(null);
  if (!party) return null;
  const f = figures!;
  const mine = offer.parties.find((p) => p.party === party)!;
  const pm = m?.parties.find((p) => p.party === party);
  const rule = r.settings.allocationRule;
  const step = (s: string) => t(lang, `results.step.${s}`);
  const eur = (v: number) => euroCents(lang, v);
  const others = implementedRules.filter((x) => x !== rule);
  const tryRules = () => {
    if (!scenario) return;
    const rows = others.map((x) => {
      try {
        const q = compute({ ...scenario, settings: { ...scenario.settings, allocationRule: x } }).parties.find((p) => p.id === party);
        return { rule: x, saving: q ? q.saving : null };
      } catch {
        return { rule: x, saving: null };
      }
    });
    setTried({ party, rows });
  };
  return (
    <section ref={nearRef} className="kk-card kk-party" aria-labelledby="kk-party-title" data-section="party" data-party={party}>
      <div className="kk-party-head">
        <h2 id="kk-party-title">{t(lang, 'party.title')}: {name(party)}</h2>
        <label>{t(lang, 'party.choose')}{' '}
          <select value={party} onChange={(e) => props.onParty(e.target.value)} data-party-select>
            {r.parties.map((p) => <option key={p.id} value={p.id}>{p.name || p.id}</option>)}
          </select>
        </label>
        <ProposalButton result={r} scenario={scenario} figures={f} name={name(party)} lang={lang} />
      </div>
      <div className="kk-party-grid">
        <div>
          <table className="kk-table" data-party-table="pv">
            <caption>{t(lang, 'party.pvPerStep')}</caption>
            <thead><tr><th scope="col">{t(lang, 'party.col.step')}</th><th scope="col" className="kk-right">{t(lang, 'party.col.pv')}</th></tr></thead>
            <tbody>
              {r.steps.map((s) => <tr key={s.id}><th scope="row">{step(s.id)}</th><td className="kk-right" data-pv={s.id} data-value={f.pv[s.id]}>{eur(f.pv[s.id])}</td></tr>)}
              <tr><th scope="row">{t(lang, 'party.saving')}</th><td className="kk-right" data-saving data-value={f.saving}>{eur(f.saving)}</td></tr>
            </tbody>
          </table>
          <p className="kk-note">{t(lang, 'party.societalNote')}</p>
        </div>
        <div className={`kk-party-flag${f.flagged ? ' kk-flagged' : ''}`} data-party-flag>
          <h3>{t(lang, 'party.flag')}</h3>
          <p>{!f.ownsWorks ? t(lang, 'party.flag.none') : f.flagged ? t(lang, 'party.flag.loses', { amount: eur(f.loss) }) : t(lang, 'party.flag.ok')}</p>
          <p data-transfer data-value={mine.transfer}>{t(lang, 'party.remedy.transfer', {
            key: t(lang, 'balancing.key.separate'), amount: eur(mine.transfer), saving: eur(mine.balancedSaving),
          })}</p>
          {scenario && <button type="button" onClick={tryRules} data-try-rules>{t(lang, 'party.remedy.rules')}</button>}
          {tried && tried.party === party && (
            <div data-rules-tried>
              <p>{t(lang, 'party.remedy.tried', { rules: tried.rows.map((x) => t(lang, `results.rule.${x.rule}`)).join(', ') })}</p>
              {tried.rows.filter((x) => x.saving !== null && x.saving >= 0).map((x) => (
                <p key={x.rule}>{t(lang, 'party.remedy.ruleOk', { rule: t(lang, `results.rule.${x.rule}`), saving: eur(x.saving!) })}</p>
              ))}
              {tried.rows.every((x) => x.saving === null || x.saving < 0) && <p>{t(lang, 'party.remedy.noRule')}</p>}
            </div>
          )}
        </div>
      </div>
      <div className="kk-scroll" tabIndex={0} role="region" aria-label={t(lang, 'party.measures')}>
        <MeasuresTable lang={lang} steps={pm?.steps ?? []} className="kk-table" caption={t(lang, 'party.measures')} name="party" />
      </div>
      <LongTable count={Math.max(1, f.projects.length)} columns={7} box="kk-scroll" virtualBox="kk-vbox-tall" label={t(lang, 'party.projects')}
        caption={t(lang, 'party.projects')} attrs={{ 'data-party-table': 'projects' }}
        widths={['22%', '8%', '22%', '12%', '12%', '12%', '12%']} row={(i, measure) => {
          if (f.projects.length === 0) return <tr key="none" data-index={0} aria-rowindex={2} ref={measure}><td colSpan={7}>{t(lang, 'print.projects.none')}</td></tr>;
          const p = f.projects[i]!;
          return (
            <tr key={p.id} data-project={p.id} data-index={i} aria-rowindex={i + 2} ref={measure}>
              <th scope="row" title={p.id}>{place(p.neighbourhood)}</th>
              <td className="kk-right">{p.year}</td>
              <td>{p.partners.map(name).join(', ')}</td>
              <td className="kk-right">{eur(p.direct)}</td>
              <td className="kk-right">{eur(p.shared)}</td>
              <td className="kk-right" data-share data-value={p.share}>{eur(p.share)}</td>
              <td>{shareKey(lang, rule, p)}</td>
            </tr>
          );
        }}>
        <thead><tr aria-rowindex={1}>
          {(['project', 'year', 'partners', 'direct', 'shared', 'share', 'key'] as const).map((k) => (
            <th key={k} scope="col" className={k === 'project' || k === 'partners' || k === 'key' ? undefined : 'kk-right'}>{t(lang, `proposal.col.${k}`)}</th>
          ))}
        </tr></thead>
      </LongTable>
      <div className="kk-party-grid kk-party-wide">
        <div className="kk-scroll" tabIndex={0} role="region" aria-label={t(lang, 'party.cofinancing')}>
          <table className="kk-table" data-party-table="cofinancing">
            <caption>{t(lang, 'party.cofinancing')}</caption>
            {f.cofinancing.length === 0 ? <tbody><tr><td>{t(lang, 'party.noCofinancing')}</td></tr></tbody> : (
              <>
                <thead><tr>{(['rule', 'year', 'received', 'paid', 'cap', 'capReached'] as const).map((k) => <th key={k} scope="col">{t(lang, `proposal.col.${k}`)}</th>)}</tr></thead>
                <tbody>
                  {f.cofinancing.map((c) => (
                    <tr key={`${c.rule}/${c.year}`}>
                      <td>{c.rule}</td><td>{c.year}</td><td className="kk-right">{eur(c.received)}</td><td className="kk-right">{eur(c.paid)}</td>
                      <td className="kk-right">{c.cap === null ? '—' : eur(c.cap)}</td><td>{c.capReachedIn ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </>
            )}
          </table>
        </div>
        <div className="kk-scroll kk-party-years" tabIndex={0} role="region" aria-label={t(lang, 'party.cash')}>
          <table className="kk-table" data-party-table="cash">
            <caption>{t(lang, 'party.cash')}</caption>
            <thead><tr>{(['year', 'cash', 'budget', 'shortfall'] as const).map((k) => <th key={k} scope="col">{t(lang, `proposal.col.${k}`)}</th>)}</tr></thead>
            <tbody>
              {f.cash.filter((y) => y.cash !== 0 || y.budget !== null).map((y) => (
                <tr key={y.year} className={y.balance !== null && y.balance < 0 ? 'kk-flagged' : undefined}>
                  <td>{y.year}</td><td className="kk-right" data-cash={y.year} data-value={y.cash}>{eur(y.cash)}</td>
                  <td className="kk-right">{y.budget === null ? '—' : eur(y.budget)}</td>
                  <td className="kk-right">{y.balance !== null && y.balance < 0 ? eur(-y.balance) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="kk-scroll kk-party-years" tabIndex={0} role="region" aria-label={t(lang, 'party.capital')}>
          <table className="kk-table" data-party-table="capital">
            <caption>{t(lang, 'party.capital')}</caption>
            <thead><tr>{(['year', 'depreciation', 'interest', 'writeOff', 'total'] as const).map((k) => <th key={k} scope="col">{t(lang, `proposal.col.${k}`)}</th>)}</tr></thead>
            <tbody>
              {f.capital.filter((c) => c.total !== 0).map((c) => (
                <tr key={c.year}><td>{c.year}</td><td className="kk-right">{eur(c.depreciation)}</td><td className="kk-right">{eur(c.interest)}</td>
                  <td className="kk-right">{eur(c.writeOff)}</td><td className="kk-right">{eur(c.total)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
});
