// The table behind the map: the same figures per neighbourhood, by display name, in the user's
// number format; with the bundles layer also the works moved in the period.
import { t, type Lang } from '../../../engine/i18n';
import { quantity } from '../format';
import { formatLayerValue, layerLabel, type LayerData, type MapChoice } from './map-view';

export function MapTable(p: { lang: Lang; ids: readonly string[]; name: (id: string) => string; data: readonly LayerData[]; choice: MapChoice; moved?: Map<string, number> }) {
  const { lang, data, choice } = p;
  return (
    <table className="kk-table kk-map-table">
      <thead><tr>
        <th scope="col">{t(lang, 'map.table.neighbourhood')}</th>
        {data.map((d) => <th key={d.layer} scope="col" className="kk-right">{layerLabel(lang, d.layer, choice)}</th>)}
        {p.moved && <th scope="col" className="kk-right">{t(lang, 'map.table.moved')}</th>}
      </tr></thead>
      <tbody>
        {p.ids.map((id) => (
          <tr key={id}>
            <th scope="row">{p.name(id)}</th>
            {data.map((d) => <td key={d.layer} className="kk-right">{formatLayerValue(lang, d.layer, d.values.get(id) ?? 0)}</td>)}
            {p.moved && <td className="kk-right">{quantity(lang, p.moved.get(id) ?? 0)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
