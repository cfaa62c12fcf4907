// The legend of every chosen layer: the fill's five classes with the values they stand for, and a
// circle per layer drawn on top with its largest value. The same entries go into the PNG.
import { t, type Lang } from '../../../engine/i18n';
import { negativeColour } from '../../../engine/map/draw';
import type { PngDecor } from '../png';
import { formatLayerValue, layerColour, layerLabel, type LayerData, type MapChoice } from './map-view';

type Class = LayerData['legend'][number];
const classText = (lang: Lang, layer: LayerData['layer'], k: Class): string => k.colour === negativeColour
  ? t(lang, 'map.legend.negative')
  : t(lang, 'map.legend.range', { from: formatLayerValue(lang, layer, k.from), to: formatLayerValue(lang, layer, k.to) });

export function legendEntries(lang: Lang, data: readonly LayerData[], c: MapChoice): NonNullable<PngDecor['legend']> {
  const [fill, ...overlays] = data;
  if (!fill) return [];
  const out = fill.legend.map((k) => ({
    colour: k.colour,
    label: `${layerLabel(lang, fill.layer, c)}: ${classText(lang, fill.layer, k)}`,
  }));
  for (const o of overlays) out.push({ colour: layerColour[o.layer], label: t(lang, 'map.legend.circle', { layer: layerLabel(lang, o.layer, c), max: formatLayerValue(lang, o.layer, o.max) }) });
  return out;
}

export function MapLegend(p: { lang: Lang; data: readonly LayerData[]; choice: MapChoice }) {
  const { lang, data, choice } = p;
  const [fill, ...overlays] = data;
  if (!fill) return <p className="kk-note kk-map-legend">{t(lang, 'map.legend.none')}</p>;
  return (
    <div className="kk-map-legend" data-legend={data.map((d) => d.layer).join(' ')}>
      <h3>{t(lang, 'map.legend.fill', { layer: layerLabel(lang, fill.layer, choice) })}</h3>
      <ul className="kk-legend kk-map-classes">
        {fill.legend.map((k) => (
          <li key={k.colour}><span className="kk-key" style={{ background: k.colour }} aria-hidden="true" />{' '}
            {classText(lang, fill.layer, k)}</li>
        ))}
      </ul>
      {overlays.length > 0 && (
        <ul className="kk-legend kk-map-circles">
          {overlays.map((o) => (
            <li key={o.layer} data-layer={o.layer}><span className="kk-map-dot" style={{ background: layerColour[o.layer] }} aria-hidden="true" />{' '}
              {t(lang, 'map.legend.circle', { layer: layerLabel(lang, o.layer, choice), max: formatLayerValue(lang, o.layer, o.max) })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
