// The map of opportunities as SVG text, without a browser: neighbourhood outlines from the stored
// RD New geometry (planar: d3-geo's geoIdentity, y reflected, fitted to the frame, so winding order
// never matters; holes drawn by fill-rule evenodd), filled by the layer's value in five classes.
import { geoIdentity, geoPath } from 'd3-geo';
import type { Geometry } from '../scenario/schema';

export interface MapPaths {
  paths: Map<string, string>;
  /** Where a neighbourhood's marks and label go: the centroid of its outline, in frame pixels. */
  centroids?: Map<string, [number, number]>;
}

/** Width over height of the outlines' extent in RD New (1 when there is nothing to measure): a
 *  frame of these proportions leaves no empty bands beside the map. */
export function geometryAspect(g: Geometry): number {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const s of g.shapes) for (const poly of s.polygons) for (const ring of poly) {
    for (let i = 0; i + 1 < ring.length; i += 2) {
      const x = ring[i]!, y = ring[i + 1]!;
      if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
    }
  }
  return x1 > x0 && y1 > y0 ? (x1 - x0) / (y1 - y0) : 1;
}

const pairs = (ring: readonly number[]): [number, number][] => {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < ring.length; i += 2) out.push([ring[i]!, ring[i + 1]!]);
  return out;
};

/** One SVG path per neighbourhood, fitted to width × height less `margin` on every side (computed
 *  once; layers only recolour). */
export function mapPaths(g: Geometry, width: number, height: number, margin = 0): MapPaths {
  const features = g.shapes.map((s) => ({
    type: 'Feature' as const,
    properties: { id: s.neighbourhood },
    geometry: { type: 'MultiPolygon' as const, coordinates: s.polygons.map((rings) => rings.map(pairs)) },
  }));
  const projection = geoIdentity().reflectY(true).fitExtent([[margin, margin], [width - margin, height - margin]], { type: 'FeatureCollection', features });
  const path = geoPath(projection).digits(1);
  const paths = new Map<string, string>();
  const centroids = new Map<string, [number, number]>();
  for (const f of features) {
    paths.set(f.properties.id, path(f) ?? '');
    const [x, y] = path.centroid(f);
    centroids.set(f.properties.id, [Number.isFinite(x) ? x : 0, Number.isFinite(y) ? y : 0]);
  }
  return { paths, centroids };
}

export const mapRamp = ['#eef5fb', '#c6dbef', '#85bcdb', '#4292c6', '#1c5a99'] as const;
export const negativeColour = '#d6604d';
export const noValueColour = '#f2f2f2';

/** Five equal classes from 0 to the largest value; negatives their own colour. */
export function classColour(v: number | undefined, max: number): string {
  if (v === undefined) return noValueColour;
  if (v < 0) return negativeColour;
  if (max <= 0) return mapRamp[0];
  return mapRamp[Math.min(4, Math.floor((v / max) * 5))]!;
}

/** The classes classColour draws, for a legend: each colour with the values it stands for
 *  (from inclusive, to exclusive except the last); negatives first when there are any. */
export function classLegend(values: Iterable<number>): { colour: string; from: number; to: number }[] {
  let max = 0, min = 0;
  for (const v of values) { if (v > max) max = v; if (v < min) min = v; }
  const out = min < 0 ? [{ colour: negativeColour, from: min, to: 0 }] : [];
  if (max <= 0) return [...out, { colour: mapRamp[0], from: 0, to: 0 }];
  for (let i = 0; i < 5; i++) out.push({ colour: mapRamp[i]!, from: (max * i) / 5, to: (max * (i + 1)) / 5 });
  return out;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function mapSvg(p: MapPaths, values: Map<string, number>, opts: { width: number; height: number; title: string; labels?: Map<string, string> }): string {
  const max = Math.max(0, ...values.values());
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${opts.width}" height="${opts.height + 40}" viewBox="0 0 ${opts.width} ${opts.height + 40}">`,
    `<title>${esc(opts.title)}</title>`, `<g transform="translate(0,30)">`];
  for (const [id, d] of p.paths) {
    const v = values.get(id);
    out.push(`<path data-neighbourhood="${esc(id)}" d="${d}" fill="${classColour(v, max)}" fill-rule="evenodd" stroke="#34495e" stroke-width="1"><title>${esc(opts.labels?.get(id) ?? id)}${v === undefined ? '' : `: ${v}`}</title></path>`);
  }
  out.push('</g>', `<text x="8" y="20" font-family="sans-serif" font-size="16">${esc(opts.title)}</text>`, '</svg>');
  return `${out.join('\n')}\n`;
}
