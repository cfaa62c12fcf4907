// The map of opportunities (kaart van kansen): the scenario's neighbourhood outlines with stacked
// layers, a period, a legend, the table behind it and PNG export. Activating a neighbourhood shows
// its works, projects and explanation in the explain panel, as the matrix does for a work. A
// scenario without outlines gets one line saying how to add them.
import { memo, useCallback, useContext, useMemo, useState } from 'react';
import '../../../engine/i18n/map';
import { t, type Lang } from '../../../engine/i18n';
import { geometryAspect, mapPaths } from '../../../engine/map/draw';
import type { MapLayer } from '../../../engine/map/layers';
import type { ComputeResult, StepId } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import { ChartFrame, type PngHandler } from '../ChartFrame';
import { ExplainContext } from '../ExplainContext';
import { namesOf } from '../names';
import { explainArea } from './explain-area';
import { MapCanvas } from './MapCanvas';
import { MapControls } from './MapControls';
import { legendEntries, MapLegend } from './MapLegend';
import { MapTable } from './MapTable';
import { mapData, movedWorks, type MapChoice } from './map-view';
import './map.css';

// The outlines leave a strip at the bottom for the note (that they are schematic, for instance).
// The frame is as wide as the outlines' proportions ask, within bounds that keep the note readable.
const height = 540, noteH = 24, margin = 6, minWidth = 600, maxWidth = 1000;
const frameWidth = (aspect: number) => Math.round(Math.max(minWidth, Math.min(maxWidth, (height - noteH - 2 * margin) * aspect + 2 * margin)));
const defaultLayers: MapLayer[] = ['saving', 'bundles'];

export interface OpportunityMapProps {
  result: ComputeResult;
  scenario?: Scenario;
  lang: Lang;
  perspective?: 'financial' | 'societal';
  onExportPng?: PngHandler;
  /** Presentation mode: how much larger than at 1280×720 the projector's type is (the map then
   *  fills the height the waterfall would take, ./map.css). */
  presentationScale?: number;
}

export const OpportunityMap = memo(function OpportunityMap(p: OpportunityMapProps) {
  const { result: r, scenario, lang } = p;
  const api = useContext(ExplainContext);
  const geometry = scenario?.geometry;
  const span: [number, number] = [r.years[0] ?? 0, r.years[r.years.length - 1] ?? 0];
  const [layers, setLayers] = useState<ReadonlySet<MapLayer>>(() => new Set(defaultLayers));
  const [step, setStep] = useState<StepId>('integrated');
  const [chosenYears, setYears] = useState<readonly [number, number] | null>(null);
  const [works, setWorks] = useState('');
  // A chosen period is kept inside the horizon of the result on screen.
  const years: [number, number] = chosenYears
    ? [Math.max(span[0], Math.min(span[1], chosenYears[0])), Math.min(span[1], Math.max(span[0], chosenYears[1]))]
    : span;
  const names = namesOf(scenario);
  const worksLabel = works.startsWith('party:') ? names('parties', works.slice(6)) : works.startsWith('category:') ? works.slice(9) : undefined;
  const choice: MapChoice = { layers, step, perspective: p.perspective ?? 'financial', years, works, ...(worksLabel ? { worksLabel } : {}) };
  const onChange = useCallback((c: MapChoice) => {
    setLayers(c.layers); setStep(c.step); setWorks(c.works); setYears(c.years);
  }, []);
  const width = useMemo(() => (geometry ? frameWidth(geometryAspect(geometry)) : minWidth), [geometry]);
  const paths = useMemo(() => (geometry ? mapPaths(geometry, width, height - noteH, margin) : null), [geometry, width]);
  const data = useMemo(() => mapData(r, scenario, choice), [r, scenario, layers, step, choice.perspective, years[0], years[1], works]);
  const name = useCallback((id: string) => names('neighbourhoods', id), [names]);
  const show = useCallback((id: string) => {
    const e = explainArea(lang, r, id, name(id), choice, data);
    if (e && api) api.show(e);
  }, [lang, r, name, data, api, step, years[0], years[1], choice.perspective]);
  const title = t(lang, 'map.title', { step: t(lang, `dash.step.${step}`) });
  if (!paths) {
    return (
      <section className="kk-card kk-chart" data-chart="map" aria-labelledby="kk-map-title">
        <h2 id="kk-map-title">{title}</h2>
        <p className="kk-note" data-map="no-geometry">{t(lang, 'map.noGeometry', { command: 'koppelkans import-geometry SCENARIO.xlsx buurten.geojson --out NIEUW.xlsx' })}</p>
      </section>
    );
  }
  const owners = r.parties.map((x) => x.id);
  const disciplines = [...new Set((scenario?.works ?? []).map((w) => w.category).filter((c) => c !== ''))].sort();
  const ids = (r.neighbourhoods ?? []).map((n) => n.id).filter((id) => paths.paths.has(id));
  return (
    <ChartFrame id="map" lang={lang} title={title} desc={t(lang, 'map.desc')} onExportPng={p.onExportPng} interactive
      pngLegend={legendEntries(lang, data, choice)}
      table={() => <MapTable lang={lang} ids={ids} name={name} data={data} choice={choice} {...(layers.has('bundles') ? { moved: movedWorks(r, choice) } : {})} />}>
      <MapControls lang={lang} choice={choice} span={span} owners={owners} disciplines={disciplines} names={names} onChange={onChange} compact={p.presentationScale !== undefined} />
      <div className="kk-map-body">
        <MapCanvas lang={lang} paths={paths} width={width} height={height} data={data} name={name} onShow={show}
          note={geometry?.note ? t(lang, 'map.note', { note: geometry.note }) : undefined}
          {...(p.presentationScale !== undefined ? { fontScale: p.presentationScale } : {})} />
        <MapLegend lang={lang} data={data} choice={choice} />
      </div>
    </ChartFrame>
  );
});
