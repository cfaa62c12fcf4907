// The Settings sheet: one row per setting key, its value and, for the settings that may carry an
// uncertainty range, low and high. Every value is checked against the settings schema.
import { settingDefs, type SettingDef } from '../../../engine/scenario/columns';
import { rangeSchema, settingsSchema, type RangedSettingKey, type Scenario } from '../../../engine/scenario/schema';
import { useI18n } from '../i18n';
import type { CellValue } from './cells';
import { CellInput } from './CellInput';
import { cellId } from './SheetTable';

interface Props {
  scenario: Scenario;
  cellProblems: Map<string, string>;
  onChange: (next: Scenario, key: string) => void;
}

type Issue = { key: string; params?: Record<string, string | number> } | null;

function settingsWith(s: Scenario, key: string, value: CellValue) {
  const raw: Record<string, unknown> = { ...s.settings };
  if (value === undefined) delete raw[key];
  else raw[key] = value;
  return settingsSchema.safeParse(raw);
}

function issueOf(e: { issues: { code: string; minimum?: unknown; maximum?: unknown }[] }): Issue {
  const i = e.issues[0];
  if (!i) return { key: 'ui.cell.invalid' };
  if (i.code === 'too_small') return { key: 'ui.cell.tooSmall', params: { min: Number(i.minimum) } };
  if (i.code === 'too_big') return { key: 'ui.cell.tooBig', params: { max: Number(i.maximum) } };
  if (i.code === 'invalid_type') return { key: 'ui.cell.required' };
  return { key: 'ui.cell.invalid' };
}

export function SettingsTable({ scenario, cellProblems, onChange }: Props) {
  const { t } = useI18n();
  const kindOf = (d: SettingDef) => d.kind;

  const setValue = (key: string, value: CellValue) => {
    const r = settingsWith(scenario, key, value);
    if (r.success) onChange({ ...scenario, settings: r.data }, `setting:${key}`);
  };
  const checkValue = (key: string) => (value: CellValue): Issue => {
    const r = settingsWith(scenario, key, value);
    return r.success ? null : issueOf(r.error);
  };
  const rangeWith = (key: RangedSettingKey, side: 'low' | 'high', value: CellValue) => {
    const range: Record<string, unknown> = { ...(scenario.settingRanges[key] ?? {}) };
    if (value === undefined) delete range[side];
    else range[side] = value;
    return rangeSchema.safeParse(range);
  };
  const setRange = (key: RangedSettingKey, side: 'low' | 'high', value: CellValue) => {
    const r = rangeWith(key, side, value);
    if (!r.success) return;
    const settingRanges = { ...scenario.settingRanges };
    if (r.data.low === undefined && r.data.high === undefined) delete settingRanges[key];
    else settingRanges[key] = r.data;
    onChange({ ...scenario, settingRanges }, `range:${key}:${side}`);
  };

  return (
    <div className="table-scroll settings-scroll">
      <table className="grid settings" aria-label={t('ui.sheet.settings')}>
        <thead>
          <tr>
            <th scope="col">{t('ui.settings.key')}</th>
            <th scope="col">{t('ui.settings.value')}</th>
            <th scope="col">{t('ui.settings.low')}</th>
            <th scope="col">{t('ui.settings.high')}</th>
            <th scope="col">{t('ui.settings.about')}</th>
          </tr>
        </thead>
        <tbody>
          {settingDefs.map((d, i) => {
            const key = d.key;
            const value = (scenario.settings as Record<string, unknown>)[key];
            const ranged = d.ranged ? (key as RangedSettingKey) : null;
            const range = ranged ? scenario.settingRanges[ranged] : undefined;
            return (
              <tr key={key}>
                <th scope="row"><code>{key}</code></th>
                <td className={cellProblems.has(`${i}:value`) || cellProblems.has(`0:${key}`) ? 'bad' : undefined}>
                  <CellInput
                    id={cellId('settings', 0, key)}
                    label={t('ui.settings.valueOf', { key })}
                    value={value}
                    kind={kindOf(d)}
                    choices={d.choices}
                    required={d.required}
                    problem={cellProblems.get(`0:${key}`)}
                    check={checkValue(key)}
                    onCommit={(v) => setValue(key, v)}
                  />
                </td>
                {(['low', 'high'] as const).map((side) => (
                  <td key={side}>
                    {ranged && (
                      <CellInput
                        id={cellId('settings', 0, `${key}.${side}`)}
                        label={t(`ui.settings.${side}Of`, { key })}
                        value={range?.[side]}
                        kind="number"
                        check={(v) => (rangeWith(ranged, side, v).success ? null : { key: 'ui.cell.invalid' })}
                        onCommit={(v) => setRange(ranged, side, v)}
                      />
                    )}
                  </td>
                ))}
                <td className="about">{t(`ui.setting.${key}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
