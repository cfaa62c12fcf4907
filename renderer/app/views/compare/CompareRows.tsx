// The rows that differ between the compared scenarios. Sheets on which they share no id at all
// are said in one line each (or, when that is every sheet, in one line for all), instead of every
// row listed as missing.
import type { Scenario } from '../../../../engine/scenario/schema';
import { fieldLabel } from '../../../../engine/i18n/fields';
import { diffRowsOnce } from '../../state/compare';
import { useI18n } from '../../i18n';
import '../../../../engine/i18n/compare';

interface Item { id: string; name: string; scenario: Scenario }

const SHOWN = 200;

export function CompareRows({ items }: { items: readonly Item[] }) {
  const { t, lang } = useI18n();
  const { rows, disjoint } = diffRowsOnce(items.map((i) => i.scenario));
  const counts = (c: number[]) => c.map((n, k) => t('compare.rowCount', { name: items[k]?.name ?? '', n })).join(', ');
  return (
    <>
      <h2 id="compare-rows-title">{t('ui.compare.rows')}</h2>
      {rows.length === 0 && disjoint.length > 0 ? <p data-testid="compare-no-shared">{t('compare.noSharedRows')}</p> : (
        <>
          {disjoint.map((d) => (
            <p key={d.sheet} data-testid="compare-no-shared-sheet">{t('compare.noSharedSheet', { sheet: t(`ui.sheet.${d.sheet}`), counts: counts(d.counts) })}</p>
          ))}
          {rows.length === 0 ? <p>{t('ui.compare.sameRows')}</p> : (
            <div className="table-scroll compare-fit" tabIndex={0} role="region" aria-labelledby="compare-rows-title">
              <table className="grid compare-rows" data-testid="compare-rows">
                <thead>
                  <tr><th scope="col">{t('ui.compare.sheet')}</th><th scope="col">{t('ui.compare.row')}</th>{items.map((i) => <th key={i.id} scope="col">{i.name}</th>)}<th scope="col">{t('ui.compare.fields')}</th></tr>
                </thead>
                <tbody>
                  {rows.slice(0, SHOWN).map((r) => (
                    <tr key={`${r.sheet}/${r.key}`} className="differs">
                      <td>{t(`ui.sheet.${r.sheet}`)}</td>
                      <th scope="row">{r.key}</th>
                      {r.present.map((p, k) => <td key={k}>{p ? '✓' : t('ui.compare.missing')}</td>)}
                      <td>{r.fields.map((f) => fieldLabel(lang, f)).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {rows.length > SHOWN && <p>{t('ui.compare.moreRows', { n: rows.length - SHOWN })}</p>}
            </div>
          )}
        </>
      )}
    </>
  );
}
