// Each party's financial saving in every compared scenario, and the difference from the first one,
// by the party's own name (the id in the tooltip).
import type { ComputeResult } from '../../../../engine/model/result';
import { difference, partySavings } from '../../state/compare';
import { useI18n } from '../../i18n';
import '../../../../engine/i18n/compare';

interface Item { id: string; name: string; result: ComputeResult | null }

export function CompareParties({ items }: { items: readonly Item[] }) {
  const { t, euro } = useI18n();
  const rows = partySavings(items.map((i) => i.result));
  const base = items[0];
  if (!base || rows.length === 0) return null;
  const signed = (v: number) => `${v > 0 ? '+' : ''}${euro(v)}`;
  return (
    <>
      <h2 id="compare-parties-title">{t('compare.parties')}</h2>
      <div className="table-scroll compare-fit" tabIndex={0} role="region" aria-labelledby="compare-parties-title">
        <table className="grid compare-parties" data-testid="compare-parties">
          <thead>
            <tr>
              <th scope="col">{t('compare.party')}</th>
              {items.map((i, k) => [
                <th key={`${i.id}s`} scope="col">{`${t('compare.partySaving')} ${i.name}`}</th>,
                ...(k === 0 ? [] : [<th key={`${i.id}d`} scope="col">{t('compare.partyDiff', { name: base.name })}</th>]),
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} data-party={p.id}>
                <th scope="row" title={p.id}>{p.name}</th>
                {p.savings.map((v, k) => {
                  const a = p.savings[0];
                  const d = k > 0 && v !== undefined && a !== undefined ? difference(a, v).euro : undefined;
                  const cls = d ? 'num differs' : 'num';
                  const value = v === undefined ? <td key={`${k}s`} className="absent">{t('compare.partyAbsent')}</td>
                    : <td key={`${k}s`} className={k === 0 ? 'num' : cls}>{euro(v)}</td>;
                  return k === 0 ? value : [value, <td key={`${k}d`} className={cls}>{d === undefined ? '–' : signed(d)}</td>];
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
