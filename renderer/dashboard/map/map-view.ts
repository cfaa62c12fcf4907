// What the map draws for a result: per chosen layer the engine's value per neighbourhood
// (engine/map/values), the first chosen layer as the fill in five classes, every further one as a
// circle at the neighbourhood's centre, and how each value reads.
import { t, type Lang } from '../../../engine/i18n';
import { classLegend } from '../../../engine/map/draw';
import { mapLayers, type MapLayer } from '../../../engine/map/layers';
import { layerValues, movedInPeriod, periodLayers } from '../../../engine/map/values';
import type { ComputeResult, StepId } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import { euro, hours, quantity } from '../format';

export interface MapChoice {
  layers: ReadonlySet<MapLayer>;
  step: StepId;
  perspective: 'financial' | 'societal';
  years: readonly [number, number];
  /** The works layer: "" for all works, "party:<id>" or "category:<name>". */
  works: string;
  /** The works filter as a person reads it (an owner's name, a discipline); absent for all works. */
  worksLabel?: string;
}

export interface LayerData {
  layer: MapLayer;
  values: Map<string, number>;
  /** Largest absolute value (circle sizes, legend). */
  max: number;
  legend: ReturnType<typeof classLegend>;
}

/** Circle colours of the layers drawn on top of the fill. */
export const layerColour: Record<MapLayer, string> = {
  saving: '#2e7d32', works: '#e07b00', bundles: '#6a3d9a', disruption: '#8c510a', variants: '#01665e', hours: '#c51b7d', shortfall: '#c62828',
};

const categoriesCache = new WeakMap<Scenario, Map<string, string>>();
function categoriesOf(s: Scenario | undefined): Map<string, string> {
  if (!s) return new Map();
  let m = categoriesCache.get(s);
  if (!m) categoriesCache.set(s, (m = new Map(s.works.map((w) => [w.id, w.category]))));
  return m;
}

/** The chosen layers in stacking order, each with its values. */
export function mapData(r: ComputeResult, s: Scenario | undefined, c: MapChoice): LayerData[] {
  const [kind, which] = c.works.includes(':') ? c.works.split(/:(.*)/s) as [string, string] : ['', ''];
  return mapLayers.filter((l) => c.layers.has(l)).map((layer) => {
    const values = layerValues(r, layer, {
      step: c.step, perspective: c.perspective, ...(periodLayers.has(layer) ? { years: c.years } : {}),
      ...(layer === 'works' && kind === 'party' ? { party: which } : {}),
      ...(layer === 'works' && kind === 'category' ? { category: which, categories: categoriesOf(s) } : {}),
    });
    let max = 0;
    for (const v of values.values()) max = Math.max(max, Math.abs(v));
    return { layer, values, max, legend: classLegend(values.values()) };
  });
}

/** Moved works per neighbourhood in the period: shown with the bundles layer. */
export const movedWorks = (r: ComputeResult, c: MapChoice): Map<string, number> => movedInPeriod(r, c.step, c.years);

export function formatLayerValue(lang: Lang, layer: MapLayer, v: number): string {
  switch (layer) {
    case 'saving': case 'shortfall': return euro(lang, v);
    case 'hours': return hours(lang, v);
    case 'disruption': return quantity(lang, Math.round(v * 10) / 10, 1);
    default: return quantity(lang, v, 0);
  }
}

/** The layer's name as a person reads it, with the period where the layer has one. */
export function layerLabel(lang: Lang, layer: MapLayer, c: MapChoice): string {
  const base = t(lang, `map.layer.${layer}`);
  const name = layer === 'works' && c.worksLabel ? `${base} (${c.worksLabel})` : base;
  return periodLayers.has(layer) ? `${name} ${t(lang, 'map.periodText', { from: c.years[0], to: c.years[1] })}` : name;
}

/** The accessible name of a neighbourhood: its display name and each chosen layer's value. */
export function areaName(lang: Lang, name: string, id: string, data: readonly LayerData[]): string {
  const values = data.map((d) => `${t(lang, `map.layer.${d.layer}`)} ${formatLayerValue(lang, d.layer, d.values.get(id) ?? 0)}`);
  return t(lang, 'map.area', { name, values: values.length ? values.join('; ') : t(lang, 'map.noLayer') });
}
