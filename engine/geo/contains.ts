// Which neighbourhood a point lies in, on the stored RD New geometry. RD New is a planar grid, so
// the test is planar (d3-geo's geoContains is spherical and would need every ring turned the way it
// expects). Even-odd crossings over all rings of a polygon: holes and winding order need no special
// case; a MultiPolygon is inside when any of its polygons is.
//
// Borders, decided the same way every time: a point within BORDER metres of an edge counts as
// inside that polygon (outline or hole edge alike), and when several neighbourhoods contain a point
// (a shared border, or outlines that overlap) the one listed first on the Neighbourhoods sheet wins.
import type { Geometry } from '../scenario/schema';

/** How close to an edge a point counts as on it: a millimetre, far below the stored decimetres. */
export const BORDER = 0.001;

interface Area {
  neighbourhood: string;
  minX: number; minY: number; maxX: number; maxY: number;
  /** Flat closed rings [x0, y0, …, x0, y0]. */
  rings: readonly (readonly number[])[];
}

function onEdge(ring: readonly number[], px: number, py: number): boolean {
  for (let i = 0; i + 3 < ring.length; i += 2) {
    const ax = ring[i]!, ay = ring[i + 1]!, bx = ring[i + 2]!, by = ring[i + 3]!;
    if (px < Math.min(ax, bx) - BORDER || px > Math.max(ax, bx) + BORDER) continue;
    if (py < Math.min(ay, by) - BORDER || py > Math.max(ay, by) + BORDER) continue;
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
    const ex = ax + t * dx - px, ey = ay + t * dy - py;
    if (ex * ex + ey * ey <= BORDER * BORDER) return true;
  }
  return false;
}

function crossings(ring: readonly number[], px: number, py: number): number {
  let n = 0;
  for (let i = 0; i + 3 < ring.length; i += 2) {
    const ax = ring[i]!, ay = ring[i + 1]!, bx = ring[i + 2]!, by = ring[i + 3]!;
    if ((ay > py) !== (by > py) && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) n++;
  }
  return n;
}

/** True when (x, y) lies inside the polygon (rings: outline and holes) or on one of its edges. */
export function polygonContains(rings: readonly (readonly number[])[], x: number, y: number): boolean {
  let n = 0;
  for (const ring of rings) {
    if (onEdge(ring, x, y)) return true;
    n += crossings(ring, x, y);
  }
  return n % 2 === 1;
}

/**
 * A function from an RD New point (metres) to the id of the neighbourhood it lies in, or undefined.
 * `order` is the Neighbourhoods sheet's order of ids: it decides a point on a shared border, and a
 * shape of an id not in it is never chosen.
 */
export function pointLocator(g: Geometry, order: readonly string[]): (x: number, y: number) => string | undefined {
  const rank = new Map(order.map((id, i) => [id, i]));
  const areas: (Area & { rank: number })[] = [];
  for (const s of g.shapes) {
    const r = rank.get(s.neighbourhood);
    if (r === undefined) continue;
    for (const rings of s.polygons) {
      const outline = rings[0];
      if (!outline || outline.length < 8) continue;
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (let i = 0; i + 1 < outline.length; i += 2) {
        const x = outline[i]!, y = outline[i + 1]!;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      areas.push({ neighbourhood: s.neighbourhood, rank: r, minX: minX - BORDER, minY: minY - BORDER, maxX: maxX + BORDER, maxY: maxY + BORDER, rings });
    }
  }
  // Sheet order first, so the first area that contains a point is the one that wins.
  areas.sort((a, b) => a.rank - b.rank);
  return (x, y) => {
    for (const a of areas) {
      if (x < a.minX || x > a.maxX || y < a.minY || y > a.maxY) continue;
      if (polygonContains(a.rings, x, y)) return a.neighbourhood;
    }
    return undefined;
  };
}
