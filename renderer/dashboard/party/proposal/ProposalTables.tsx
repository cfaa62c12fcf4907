// The long tables of the printed proposal: the party's projects (a city gives a party thousands,
// so the first ones by year are printed with the count and the totals over all of them), its
// co-financing, and one table per year of cash against budget beside the capital charges (one
// table rather than two keeps fifty years on a page or two).
import { t } from '../../../../engine/i18n';
import { euroCents } from '../../format';
import { shareKey } from '../party-text';
import type { ProposalReportProps } from './types';

/** Projects printed in full; beyond this the page says how many there are. */
export const printedProjects = 25;

const sumCents = (xs: number[]) => xs.reduce((a, v) => a + Math.round(v * 100), 0) / 100;

export function ProjectsTable(p: ProposalReportProps) {
  const { figures: f, lang, result: r } = p;
  const eur = (v: number) => euroCents(lang, v);
  const all = [...f.projects].sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shown = all.slice(0, printedProjects);
  return (
    <section aria-labelledby="kk-proposal-projects" data-proposal-projects={all.length}>
      <h2 id="kk-proposal-projects">{t(lang, 'print.projects')}</h2>
      {all.length === 0 ? <p>{t(lang, 'print.projects.none')}</p> : (
        <>
          {all.length > shown.length && (
            <p className="kk-proposal-note" data-proposal-cut>{t(lang, 'print.projects.shown', { shown: shown.length, n: all.length })}</p>
          )}
          <table className="kk-proposal-table" data-proposal-table="projects">
            <thead><tr>
              {(['project', 'year', 'partners', 'direct', 'shared', 'share', 'key'] as const).map((k) => (
                <th key={k} scope="col" className={k === 'project' || k === 'partners' || k === 'key' ? undefined : 'kk-right'}>{t(lang, `proposal.col.${k}`)}</th>
              ))}
            </tr></thead>
            <tbody>
              {shown.map((x) => (
                <tr key={x.id} data-project={x.id}>
                  <th scope="row">{p.place(x.neighbourhood)}</th>
                  <td className="kk-right">{x.year}</td>
                  <td>{x.partners.map(p.name).join(', ') || '—'}</td>
                  <td className="kk-right">{eur(x.direct)}</td>
                  <td className="kk-right">{eur(x.shared)}</td>
                  <td className="kk-right" data-share data-value={x.share}>{eur(x.share)}</td>
                  <td>{shareKey(lang, r.settings.allocationRule, x)}</td>
                </tr>
              ))}
              <tr className="kk-proposal-total">
                <th scope="row" colSpan={3}>{all.length > shown.length ? t(lang, 'print.projects.totalAll') : t(lang, 'results.total')}</th>
                <td className="kk-right" data-projects-direct={sumCents(all.map((x) => x.direct))}>{eur(sumCents(all.map((x) => x.direct)))}</td>
                <td />
                <td className="kk-right" data-projects-share={sumCents(all.map((x) => x.share))}>{eur(sumCents(all.map((x) => x.share)))}</td>
                <td />
              </tr>
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

export function CofinancingTable(p: ProposalReportProps) {
  const { figures: f, lang } = p;
  const eur = (v: number) => euroCents(lang, v);
  return (
    <section aria-labelledby="kk-proposal-cofinancing">
      <h2 id="kk-proposal-cofinancing">{t(lang, 'print.cofinancing')}</h2>
      <table className="kk-proposal-table" data-proposal-table="cofinancing">
        <thead><tr>{(['rule', 'year', 'received', 'paid', 'cap', 'capReached'] as const).map((k) => (
          <th key={k} scope="col" className={k === 'rule' ? undefined : 'kk-right'}>{t(lang, `proposal.col.${k}`)}</th>
        ))}</tr></thead>
        <tbody>
          {f.cofinancing.map((c) => (
            <tr key={`${c.rule}/${c.year}`}>
              <td>{c.rule}</td><td className="kk-right">{c.year}</td>
              <td className="kk-right" data-value={c.received}>{eur(c.received)}</td>
              <td className="kk-right" data-value={c.paid}>{eur(c.paid)}</td>
              <td className="kk-right">{c.cap === null ? '—' : eur(c.cap)}</td>
              <td className="kk-right">{c.capReachedIn ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function YearsTable(p: ProposalReportProps) {
  const { figures: f, lang } = p;
  const eur = (v: number) => euroCents(lang, v);
  const charges = new Map(f.capital.map((c) => [c.year, c]));
  const rows = f.cash.filter((y) => y.cash !== 0 || y.budget !== null || (charges.get(y.year)?.total ?? 0) !== 0);
  const short = f.cash.filter((y) => y.balance !== null && y.balance < 0);
  const dash = '—';
  const cap = (year: number, k: 'depreciation' | 'interest' | 'writeOff' | 'total') => {
    const c = charges.get(year);
    return c ? eur(c[k]) : dash;
  };
  return (
    <section aria-labelledby="kk-proposal-years">
      <h2 id="kk-proposal-years">{t(lang, 'print.years')}</h2>
      <p className={short.length > 0 ? 'kk-proposal-bad' : undefined} data-proposal-shortfalls={short.length}>
        {f.cash.every((y) => y.budget === null) ? t(lang, 'print.years.noBudget')
          : short.length > 0 ? t(lang, 'print.years.shortfalls', { n: String(short.length), amount: eur(sumCents(short.map((y) => -y.balance!))) })
          : t(lang, 'print.years.noShortfall')}
      </p>
      {rows.length === 0 ? <p>{t(lang, 'print.years.none')}</p> : (
        <table className="kk-proposal-table kk-proposal-years" data-proposal-table="years">
          <thead>
            <tr>
              <td />
              <th scope="colgroup" colSpan={3}>{t(lang, 'print.years.cash')}</th>
              <th scope="colgroup" colSpan={4}>{t(lang, 'print.years.capital')}</th>
            </tr>
            <tr>{(['year', 'cash', 'budget', 'shortfall', 'depreciation', 'interest', 'writeOff', 'total'] as const).map((k) => (
              <th key={k} scope="col" className={k === 'year' ? undefined : 'kk-right'}>{t(lang, `proposal.col.${k}`)}</th>
            ))}</tr>
          </thead>
          <tbody>
            {rows.map((y) => (
              <tr key={y.year} className={y.balance !== null && y.balance < 0 ? 'kk-proposal-bad' : undefined}>
                <th scope="row">{y.year}</th>
                <td className="kk-right" data-cash={y.year} data-value={y.cash}>{eur(y.cash)}</td>
                <td className="kk-right">{y.budget === null ? dash : eur(y.budget)}</td>
                <td className="kk-right" data-shortfall={y.year}>{y.balance !== null && y.balance < 0 ? eur(-y.balance) : dash}</td>
                <td className="kk-right">{cap(y.year, 'depreciation')}</td>
                <td className="kk-right">{cap(y.year, 'interest')}</td>
                <td className="kk-right">{cap(y.year, 'writeOff')}</td>
                <td className="kk-right" data-capital={y.year} data-value={charges.get(y.year)?.total ?? 0}>{cap(y.year, 'total')}</td>
              </tr>
            ))}
            <tr className="kk-proposal-total">
              <th scope="row">{t(lang, 'results.total')}</th>
              <td className="kk-right">{eur(sumCents(f.cash.map((y) => y.cash)))}</td>
              <td /><td className="kk-right">{short.length > 0 ? eur(sumCents(short.map((y) => -y.balance!))) : dash}</td>
              <td className="kk-right">{eur(sumCents(f.capital.map((c) => c.depreciation)))}</td>
              <td className="kk-right">{eur(sumCents(f.capital.map((c) => c.interest)))}</td>
              <td className="kk-right">{eur(sumCents(f.capital.map((c) => c.writeOff)))}</td>
              <td className="kk-right">{eur(sumCents(f.capital.map((c) => c.total)))}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
