// The map's controls: a toggle per layer (they stack in this order), the step, the period as two
// year sliders, and whose works the works layer counts (an owner or a discipline).
import { t, type Lang } from '../../../engine/i18n';
import { mapLayers, type MapLayer } from '../../../engine/map/layers';
import { stepIds, type StepId } from '../../../engine/model/result';
import type { Names } from '../names';
import { layerColour, type MapChoice } from './map-view';

export interface MapControlsProps {
  lang: Lang;
  choice: MapChoice;
  /** First and last year of the horizon. */
  span: readonly [number, number];
  owners: readonly string[];
  disciplines: readonly string[];
  names: Names;
  onChange: (c: MapChoice) => void;
  /** Presentation mode: the works filter is left to the workbench, so the controls stay two rows. */
  compact?: boolean;
}

export function MapControls(p: MapControlsProps) {
  const { lang, choice: c } = p;
  const toggle = (l: MapLayer, on: boolean) => {
    const layers = new Set(c.layers);
    if (on) layers.add(l); else layers.delete(l);
    p.onChange({ ...c, layers });
  };
  const year = (which: 0 | 1, v: number) => {
    const years: [number, number] = which === 0 ? [v, Math.max(v, c.years[1])] : [Math.min(v, c.years[0]), v];
    p.onChange({ ...c, years });
  };
  return (
    <div className="kk-map-controls">
      <fieldset className="kk-map-layers">
        <legend>{t(lang, 'map.layers')}</legend>
        {mapLayers.map((l) => (
          <label key={l} className="kk-map-toggle">
            <input type="checkbox" checked={c.layers.has(l)} data-layer={l} onChange={(e) => toggle(l, e.target.checked)} />
            <span className="kk-key" style={{ background: layerColour[l] }} aria-hidden="true" /> {t(lang, `map.layer.${l}`)}
          </label>
        ))}
      </fieldset>
      <div className="kk-map-row">
        <label>{t(lang, 'map.step')}{' '}
          <select value={c.step} aria-label={t(lang, 'map.stepLabel')} onChange={(e) => p.onChange({ ...c, step: e.target.value as StepId })}>
            {stepIds.map((s) => <option key={s} value={s}>{t(lang, `dash.step.${s}`)}</option>)}
          </select>
        </label>
        <fieldset className="kk-map-period">
          <legend>{t(lang, 'map.period')}</legend>
          {([0, 1] as const).map((i) => (
            <label key={i}>{t(lang, i === 0 ? 'map.from' : 'map.to')}{' '}
              <input type="range" min={p.span[0]} max={p.span[1]} step={1} value={c.years[i]} data-year={i === 0 ? 'from' : 'to'}
                aria-valuetext={String(c.years[i])} onChange={(e) => year(i, Number(e.target.value))} />
              <output>{c.years[i]}</output>
            </label>
          ))}
        </fieldset>
        {!p.compact && <label>{t(lang, 'map.filter')}{' '}
          <select value={c.works} data-filter="works" onChange={(e) => p.onChange({ ...c, works: e.target.value })}>
            <option value="">{t(lang, 'map.filter.all')}</option>
            <optgroup label={t(lang, 'map.filter.owner')}>
              {p.owners.map((o) => <option key={o} value={`party:${o}`}>{p.names('parties', o)}</option>)}
            </optgroup>
            {p.disciplines.length > 0 && (
              <optgroup label={t(lang, 'map.filter.discipline')}>
                {p.disciplines.map((d) => <option key={d} value={`category:${d}`}>{d}</option>)}
              </optgroup>
            )}
          </select>
        </label>}
      </div>
    </div>
  );
}
