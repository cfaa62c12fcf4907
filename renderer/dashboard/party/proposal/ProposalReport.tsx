// The printed proposal to one party (A4 portrait, print CSS in proposal.css): what it pays per step
// and saves, the balancing offer, the measures, its projects, its cash against budget and capital
// charges per year, and the method with the provenance stamp. In the language chosen for the
// proposal, which need not be the interface's. Every amount carries its value in data-value, so a
// test can hold the page against the engine.
import '../../../../engine/i18n/ui';
import '../../../../engine/i18n/results';
import '../../../../engine/i18n/proposal-print';
import { formatPercent, t } from '../../../../engine/i18n';
import { dateTimeUtc as when, euroCents } from '../../format';
import { MeasuresTable } from '../MeasuresTable';
import { ProjectsTable, YearsTable, CofinancingTable } from './ProposalTables';
import type { ProposalReportProps } from './types';

export function ProposalReport(p: ProposalReportProps) {
  const { result: r, figures: f, lang, offer } = p;
  const eur = (v: number) => euroCents(lang, v);
  const step = (s: string) => t(lang, `results.step.${s}`);
  const mine = offer.parties.find((x) => x.party === f.party)!;
  const pm = p.measures.parties.find((x) => x.party === f.party)!;
  const keyText = t(lang, `balancing.key.${offer.key}`);
  const sep = r.steps.find((s) => s.id === 'separate')!;
  const int = r.steps.find((s) => s.id === 'integrated')!;
  const offerLine = mine.transfer > 0 ? 'print.offer.receive' : mine.transfer < 0 ? 'print.offer.pay' : 'print.offer.none';
  const m = r.meta;
  return (
    <article className="kk-proposal-doc" lang={lang} data-proposal={f.party} data-proposal-lang={lang}>
      <header className="kk-proposal-header">
        <h1>{t(lang, 'proposal.title', { party: p.name(f.party) })}</h1>
        <p>{t(lang, 'print.scenario', { name: r.scenario })} · {t(lang, 'ui.report.date', { date: when(lang, m.computedAt) })}</p>
      </header>

      <section aria-labelledby="kk-proposal-headline">
        <h2 id="kk-proposal-headline">{t(lang, 'print.headline')}</h2>
        <table className="kk-proposal-table kk-proposal-narrow" data-proposal-table="pv">
          <thead><tr><th scope="col">{t(lang, 'print.step')}</th><th scope="col" className="kk-right">{t(lang, 'print.col.financial')}</th></tr></thead>
          <tbody>
            {r.steps.map((s) => <tr key={s.id}><th scope="row">{step(s.id)}</th><td className="kk-right" data-pv={s.id} data-value={f.pv[s.id]}>{eur(f.pv[s.id])}</td></tr>)}
            <tr className="kk-proposal-total"><th scope="row">{t(lang, 'proposal.saving')}</th><td className="kk-right" data-saving data-value={f.saving}>{eur(f.saving)}</td></tr>
          </tbody>
        </table>
        <p data-proposal-flag className={f.flagged ? 'kk-proposal-bad' : undefined}>
          <strong>{t(lang, 'proposal.flag')}:</strong>{' '}
          {!f.ownsWorks ? t(lang, 'proposal.flag.none') : f.flagged ? t(lang, 'proposal.flag.loses', { amount: eur(f.loss) }) : t(lang, 'proposal.flag.ok')}
        </p>
        <p className="kk-proposal-note">{t(lang, 'print.societalPerParty', {
          financial: eur(sep.pv.financial - int.pv.financial), societal: eur(sep.pv.societal - int.pv.societal),
        })}</p>
      </section>

      <section aria-labelledby="kk-proposal-offer">
        <h2 id="kk-proposal-offer">{t(lang, 'print.offer')}</h2>
        <p data-proposal-offer data-transfer={mine.transfer} data-balanced={mine.balancedSaving} data-key={offer.key}>
          {t(lang, offerLine, { key: keyText, amount: eur(Math.abs(mine.transfer)), saving: eur(mine.balancedSaving) })}
        </p>
        <table className="kk-proposal-table" data-proposal-table="balancing">
          <caption>{t(lang, 'print.offer.all')}</caption>
          <thead><tr>
            <th scope="col">{t(lang, 'proposal.col.party')}</th>
            <th scope="col" className="kk-right">{t(lang, 'proposal.col.saving')}</th>
            <th scope="col" className="kk-right">{t(lang, 'proposal.col.transfer')}</th>
            <th scope="col" className="kk-right">{t(lang, 'proposal.col.balancedSaving')}</th>
          </tr></thead>
          <tbody>
            {offer.parties.map((b) => (
              <tr key={b.party} data-offer-party={b.party} className={b.party === f.party ? 'kk-proposal-self' : undefined}>
                <th scope="row">{p.name(b.party)}</th>
                <td className="kk-right">{eur(b.saving)}</td>
                <td className="kk-right" data-value={b.transfer}>{eur(b.transfer)}</td>
                <td className="kk-right" data-value={b.balancedSaving}>{eur(b.balancedSaving)}</td>
              </tr>
            ))}
            <tr className="kk-proposal-total">
              <th scope="row">{t(lang, 'results.total')}</th>
              <td className="kk-right">{eur(offer.totalSaving)}</td>
              <td className="kk-right" data-offer-sum>{eur(offer.parties.reduce((a, b) => a + Math.round(b.transfer * 100), 0) / 100)}</td>
              <td className="kk-right">{eur(offer.totalSaving)}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="kk-proposal-measures">
        <h2 id="kk-proposal-measures">{t(lang, 'print.measures')}</h2>
        <MeasuresTable lang={lang} steps={pm.steps} className="kk-proposal-table" name="proposal" />
      </section>

      <ProjectsTable {...p} />
      {f.cofinancing.length > 0 && <CofinancingTable {...p} />}
      <YearsTable {...p} />

      <footer className="kk-proposal-footer">
        <h2>{t(lang, 'proposal.methodTitle')}</h2>
        <p>{t(lang, 'proposal.method', {
          baseYear: String(r.settings.baseYear), horizon: r.settings.horizonYears, rate: formatPercent(lang, r.settings.discountRate, 2),
          rule: t(lang, `results.rule.${r.settings.allocationRule}`), key: keyText,
        })}</p>
        <p className="kk-proposal-stamp" data-proposal-stamp>
          {t(lang, 'ui.report.stamp', { method: m.method, app: m.app, input: m.input, date: when(lang, m.computedAt) })}
        </p>
      </footer>
    </article>
  );
}
