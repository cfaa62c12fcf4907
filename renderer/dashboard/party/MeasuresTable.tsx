// A party's measures per step against separate (financial): net savings, the additional
// investment and operational savings they rest on, SIR, AIRR and the payback years, each
// undefined one as "n.v.t. (reason)". Shared by the party view and the printed proposal.
import { t, type Lang } from '../../../engine/i18n';
import type { StepMeasures } from '../../../engine/measures';
import { euroCents } from '../format';
import { measureText } from './party-text';

const columns = ['netSavings', 'additionalInvestment', 'operationalSavings', 'sir', 'airr', 'simplePayback', 'discountedPayback'] as const;

export function MeasuresTable(p: { lang: Lang; steps: StepMeasures[]; className: string; caption?: string; name: string }) {
  const { lang } = p;
  const eur = (v: number) => euroCents(lang, v);
  const ratio = { sir: 'ratio', airr: 'rate', simplePayback: 'year', discountedPayback: 'year' } as const;
  return (
    <table className={p.className} data-measures-table={p.name}>
      {p.caption && <caption>{p.caption}</caption>}
      <thead><tr>
        <th scope="col">{t(lang, 'party.col.step')}</th>
        {columns.map((k) => <th key={k} scope="col" className="kk-right">{t(lang, `proposal.col.${k}`)}</th>)}
      </tr></thead>
      <tbody>
        {p.steps.map((s) => (
          <tr key={s.step} data-measure-step={s.step}>
            <th scope="row">{t(lang, `results.step.${s.step}`)}</th>
            <td className="kk-right" data-value={s.financial.netSavings}>{eur(s.financial.netSavings)}</td>
            <td className="kk-right">{eur(s.financial.additionalInvestment)}</td>
            <td className="kk-right">{eur(s.financial.operationalSavings)}</td>
            {(['sir', 'airr', 'simplePayback', 'discountedPayback'] as const).map((k) => (
              <td key={k} className="kk-right" data-measure={k} data-value={s.financial[k].value ?? ''}>{measureText(lang, s.financial[k], ratio[k])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
