// Which columns hold a row's point, when neighbourhoods come from the scenario's polygons: none,
// RD New x and y, or WGS84 latitude and longitude. A filled neighbourhood column still wins.
import type { CoordinateColumns, PlanningMapping } from '../../../engine/planning/mapping';
import { useI18n } from '../i18n';

type System = 'none' | 'rd' | 'wgs84';
const systemOf = (c: CoordinateColumns | undefined): System => (!c ? 'none' : 'x' in c ? 'rd' : 'wgs84');

export function CoordinateEditor({ mapping, headers, onChange }: {
  mapping: PlanningMapping; headers: string[]; onChange: (m: PlanningMapping) => void;
}) {
  const { t } = useI18n();
  const c = mapping.coordinates;
  const system = systemOf(c);
  const set = (next: CoordinateColumns | undefined) => {
    const { coordinates: _, ...rest } = mapping;
    onChange(next ? { ...rest, coordinates: next } : rest);
  };
  const choose = (s: System) => {
    const [a, b] = c ? ('x' in c ? [c.x, c.y] : [c.lon, c.lat]) : ['', ''];
    set(s === 'none' ? undefined : s === 'rd' ? { x: a, y: b } : { lon: a, lat: b });
  };
  const axes: [string, string][] = !c ? [] : 'x' in c ? [['x', c.x], ['y', c.y]] : [['lon', c.lon], ['lat', c.lat]];
  const setAxis = (axis: string, header: string) => {
    if (!c) return;
    set({ ...c, [axis]: header } as CoordinateColumns);
  };
  return (
    <fieldset className="planning-coordinates" data-testid="planning-coordinates">
      <legend>{t('planningUi.coordinates')}</legend>
      <label>{t('planningUi.coordinateSystem')}{' '}
        <select value={system} onChange={(e) => choose(e.target.value as System)} data-testid="coord-system">
          <option value="none">{t('planningUi.coordinatesNone')}</option>
          <option value="rd">{t('planningUi.coordinatesRd')}</option>
          <option value="wgs84">{t('planningUi.coordinatesWgs84')}</option>
        </select>
      </label>
      {axes.map(([axis, header]) => (
        <label key={axis}>{' '}{t(`planningUi.axis.${axis}`)}{' '}
          <select value={header} onChange={(e) => setAxis(axis, e.target.value)} data-testid={`coord-${axis}`}>
            <option value="">{t('planningUi.none')}</option>
            {headers.map((h) => <option key={h} value={h}>{h}</option>)}
          </select>
        </label>
      ))}
      {system !== 'none' && <p>{t('planningUi.coordinatesNote')}</p>}
    </fieldset>
  );
}
