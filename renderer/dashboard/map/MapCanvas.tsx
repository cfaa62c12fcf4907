// The map itself, in SVG: one outline per neighbourhood filled by the first chosen layer, a circle
// per further layer at its centre, short names when there are few. The outlines are fitted once
// (engine/map/draw); a layer change only recolours them. The neighbourhoods are one tab stop and
// the arrow keys move between them (./map-keys); the focused one is outlined on top of the rest.
import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShownWidth } from '../shown-width';
import { classColour, noValueColour, type MapPaths } from '../../../engine/map/draw';
import type { Lang } from '../../../engine/i18n';
import { areaAfterKey, mapKeys, readingOrder } from './map-keys';
import { areaName, layerColour, type LayerData } from './map-view';

export interface MapCanvasProps {
  lang: Lang;
  paths: MapPaths;
  width: number;
  height: number;
  data: readonly LayerData[];
  name: (id: string) => string;
  onShow: (id: string) => void;
  /** A line under the outlines, in the SVG so the PNG and print carry it. */
  note?: string;
  /** Names on the map this much larger than 13 px on screen (presentation mode). */
  fontScale?: number;
}

/** Names are written on the map up to this many neighbourhoods; a city keeps them in the tooltip. */
const labelledUpTo = 12;

export function MapCanvas(p: MapCanvasProps) {
  const { paths, data } = p;
  const centres = paths.centroids ?? new Map<string, [number, number]>();
  const order = useMemo(() => readingOrder(centres, p.height), [centres, p.height]);
  // The tab stop stays on the last neighbourhood focused; the outline on top shows only while focused.
  const [active, setActive] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const onFocusArea = useCallback((id: string | null) => { setFocusedId(id); if (id !== null) setActive(id); }, []);
  const tabStop = active !== null && paths.paths.has(active) ? active : order[0] ?? null;
  const svg = useRef<SVGSVGElement>(null);
  const fill = data[0];
  const overlays = data.slice(1);
  // Circles share the space of a neighbourhood: the more layers, the smaller each.
  const cellSize = Math.min(p.width, p.height) / Math.sqrt(Math.max(1, paths.paths.size));
  const rMax = Math.max(4, Math.min(22, (cellSize * 0.3) / Math.max(1, overlays.length)));
  const onKey = useCallback((id: string, e: KeyboardEvent<SVGPathElement>) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); p.onShow(id); return; }
    if (!mapKeys.has(e.key)) return;
    e.preventDefault();
    const to = areaAfterKey(order, centres, id, e.key);
    if (to) svg.current?.querySelector<SVGPathElement>(`path[data-area="${CSS.escape(to)}"]`)?.focus();
  }, [order, centres, p.onShow]);
  // Drawn smaller than its frame, the names keep a readable size on screen: the frame's width over
  // the width it is shown at, followed on resize.
  const shownWidth = useShownWidth(svg, p.width);
  const textScale = Math.max(1, Math.min(3, (p.width / shownWidth) * (p.fontScale ?? 1)));
  const focused = focusedId !== null ? paths.paths.get(focusedId) : undefined;
  return (
    <svg ref={svg} className="kk-svg kk-map" width={p.width} height={p.height} viewBox={`0 0 ${p.width} ${p.height}`}
      fontFamily="system-ui, sans-serif" data-layers={data.map((d) => d.layer).join(' ')}>
      <rect x={0} y={0} width={p.width} height={p.height} fill="#ffffff" />
      {[...paths.paths].map(([id, d]) => (
        <Area key={id} id={id} d={d} fill={fill ? classColour(fill.values.get(id), fill.max) : noValueColour}
          label={areaName(p.lang, p.name(id), id, data)} tab={id === tabStop} onShow={p.onShow} onFocusArea={onFocusArea} onKey={onKey} />
      ))}
      <g aria-hidden="true" pointerEvents="none">
        {overlays.map((o, k) => [...centres].map(([id, [x, y]]) => {
          const v = Math.abs(o.values.get(id) ?? 0);
          if (v === 0 || o.max === 0) return null;
          const dx = (k - (overlays.length - 1) / 2) * (2 * rMax + 2);
          return <circle key={`${o.layer}-${id}`} className="kk-map-mark" data-layer={o.layer} cx={x + dx} cy={y} r={Math.max(2, rMax * Math.sqrt(v / o.max))}
            fill={layerColour[o.layer]} fillOpacity={0.8} stroke="#ffffff" strokeWidth={1} />;
        }))}
        {paths.paths.size <= labelledUpTo && [...centres].map(([id, [x, y]]) => (
          <text key={`label-${id}`} className="kk-map-label" x={x} y={y + (overlays.length ? rMax + 14 * textScale : 4)} textAnchor="middle" fontSize={13 * textScale} fontWeight={600}
            fill="#1b2a38" stroke="#ffffff" strokeWidth={3 * textScale} paintOrder="stroke">{shortName(p.name(id))}</text>
        ))}
        {p.note && <text className="kk-map-note" x={8} y={p.height - 8} fontSize={12 * Math.min(textScale, 1.5)} fill="#5a6b7b">{p.note}</text>}
        {focused !== undefined && <path className="kk-map-focus" d={focused} fill="none" fillRule="evenodd" stroke="#f5a623" strokeWidth={4} />}
      </g>
    </svg>
  );
}

/** One neighbourhood. Its own memo: moving the focus or changing one layer redraws only what changed. */
const Area = memo(function Area(p: {
  id: string; d: string; fill: string; label: string; tab: boolean;
  onShow: (id: string) => void; onFocusArea: (id: string | null) => void; onKey: (id: string, e: KeyboardEvent<SVGPathElement>) => void;
}) {
  return (
    <path className="kk-map-area" data-area={p.id} d={p.d} fill={p.fill} fillRule="evenodd" stroke="#34495e" strokeWidth={1}
      tabIndex={p.tab ? 0 : -1} role="button" aria-label={p.label}
      onClick={() => p.onShow(p.id)} onFocus={() => p.onFocusArea(p.id)} onBlur={() => p.onFocusArea(null)} onKeyDown={(e) => p.onKey(p.id, e)}>
      <title>{p.label}</title>
    </path>
  );
});

/** A name up to its first bracket ("Oud-Zuid (jaren 30, …)" → "Oud-Zuid"), so labels stay short. */
function shortName(s: string): string {
  const cut = s.split(' (')[0] ?? s;
  return cut.length > 22 ? `${cut.slice(0, 21)}…` : cut;
}
