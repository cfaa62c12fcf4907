// The settings of the compared scenarios (each with its what-if laid over) by label and with
// units; the key stays in the tooltip for who looks it up in the workbook.
import type { Scenario } from '../../../../engine/scenario/schema';
import { diffSettings } from '../../state/compare';
import { useI18n } from '../../i18n';
import { settingLabel, settingValue } from './setting-text';

interface Item { id: string; name: string; scenario: Scenario }

export function CompareSettings({ items }: { items: readonly Item[] }) {
  const { t, lang } = useI18n();
  const settings = diffSettings(items.map((i) => i.scenario));
  return (
    <>
      <h2 id="compare-settings-title">{t('ui.compare.settings')}</h2>
      <div className="table-scroll compare-fit" tabIndex={0} role="region" aria-labelledby="compare-settings-title">
        <table className="grid compare-settings" data-testid="compare-settings">
          <thead>
            <tr><th scope="col">{t('compare.setting')}</th>{items.map((i) => <th key={i.id} scope="col">{i.name}</th>)}</tr>
          </thead>
          <tbody>
            {settings.map((s) => (
              <tr key={s.key} data-setting={s.key} className={s.differs ? 'differs' : undefined}>
                <th scope="row" title={s.key}>{settingLabel(lang, s.key)}{s.differs && <span className="sr-only"> ({t('ui.compare.differs')})</span>}</th>
                {s.values.map((v, k) => <td key={k} className={s.differs ? 'num differs' : 'num'}>{settingValue(lang, s.key, v)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
