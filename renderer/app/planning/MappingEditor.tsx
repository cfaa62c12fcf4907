// Per Works field: which column of the planning file fills it, or a constant.
import { mappableFields, type PlanningMapping } from '../../../engine/planning';
import { fieldLabel } from '../../../engine/i18n/fields';
import { columnHeader } from '../../../engine/scenario/columns';
import { useI18n } from '../i18n';

export function MappingEditor({ mapping, headers, onChange }: {
  mapping: PlanningMapping; headers: string[]; onChange: (m: PlanningMapping) => void;
}) {
  const { t, lang } = useI18n();
  const setColumn = (field: string, header: string) => {
    const columns = { ...mapping.columns };
    if (header === '') delete columns[field];
    else columns[field] = header;
    onChange({ ...mapping, columns });
  };
  const setConstant = (field: string, text: string) => {
    const constants = { ...mapping.constants };
    if (text.trim() === '') delete constants[field];
    else constants[field] = text;
    onChange({ ...mapping, constants });
  };
  return (
    <table className="planning-mapping" data-testid="planning-mapping">
      <thead><tr><th>{t('planningUi.field')}</th><th>{t('planningUi.column')}</th><th>{t('planningUi.constant')}</th></tr></thead>
      <tbody>
        {mappableFields.map((field) => (
          <tr key={field}>
            <th scope="row" title={columnHeader('works', field, lang)}>{fieldLabel(lang, field)}</th>
            <td>
              <select aria-label={`${fieldLabel(lang, field)}: ${t('planningUi.column')}`} value={mapping.columns[field] ?? ''}
                onChange={(e) => setColumn(field, e.target.value)} data-testid={`map-${field}`}>
                <option value="">{t('planningUi.none')}</option>
                {headers.map((h) => <option key={h} value={h}>{h}</option>)}
              </select>
            </td>
            <td>
              <input aria-label={`${fieldLabel(lang, field)}: ${t('planningUi.constant')}`} value={String(mapping.constants[field] ?? '')}
                onChange={(e) => setConstant(field, e.target.value)} data-testid={`const-${field}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
