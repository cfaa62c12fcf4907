// RD New (EPSG:28992, Amersfoort / RD New) ⇄ WGS84 by the approximation polynomials of
// Schreutelkamp & Strang van Hees (2001): within about a metre over the Netherlands, enough for a
// map of neighbourhoods. The map is drawn in RD New, a planar grid, so WGS84 input is brought here.
const phi0 = 52.1551744;
const lam0 = 5.38720621;
const x0 = 155000;
const y0 = 463000;

// [p, q, coefficient]: Σ c · dφ^p · dλ^q
const R: [number, number, number][] = [
  [0, 1, 190094.945], [1, 1, -11832.228], [2, 1, -114.221], [0, 3, -32.391], [1, 0, -0.705],
  [3, 1, -2.34], [1, 3, -0.608], [0, 2, -0.008], [2, 3, 0.148],
];
const S: [number, number, number][] = [
  [1, 0, 309056.544], [0, 2, 3638.893], [2, 0, 73.077], [1, 2, -157.984], [3, 0, 59.788],
  [0, 1, 0.433], [2, 2, -6.439], [1, 1, -0.032], [0, 4, 0.092], [1, 4, -0.054],
];
// [p, q, coefficient]: Σ c · dx^p · dy^q (seconds of arc)
const K: [number, number, number][] = [
  [0, 1, 3235.65389], [2, 0, -32.58297], [0, 2, -0.2475], [2, 1, -0.84978], [0, 3, -0.0655],
  [2, 2, -0.01709], [1, 0, -0.00738], [4, 0, 0.0053], [2, 3, -0.00039], [4, 1, 0.00033], [1, 1, -0.00012],
];
const L: [number, number, number][] = [
  [1, 0, 5260.52916], [1, 1, 105.94684], [1, 2, 2.45656], [3, 0, -0.81885], [1, 3, 0.05594],
  [3, 1, -0.05607], [0, 1, 0.01199], [3, 2, -0.00256], [1, 4, 0.00128], [0, 2, 0.00022],
  [2, 0, -0.00022], [5, 0, 0.00026],
];

const poly = (terms: [number, number, number][], a: number, b: number): number => {
  let v = 0;
  for (const [p, q, c] of terms) v += c * a ** p * b ** q;
  return v;
};

/** WGS84 longitude, latitude (degrees) → RD New x, y (metres). */
export function wgs84ToRd(lon: number, lat: number): [number, number] {
  const dphi = 0.36 * (lat - phi0);
  const dlam = 0.36 * (lon - lam0);
  return [x0 + poly(R, dphi, dlam), y0 + poly(S, dphi, dlam)];
}

/** RD New x, y (metres) → WGS84 longitude, latitude (degrees). */
export function rdToWgs84(x: number, y: number): [number, number] {
  const dx = (x - x0) * 1e-5;
  const dy = (y - y0) * 1e-5;
  return [lam0 + poly(L, dx, dy) / 3600, phi0 + poly(K, dx, dy) / 3600];
}

/** The RD New grid's valid area (with a margin): the Netherlands and its coastal waters. */
export const rdBounds = { minX: -7000, maxX: 300000, minY: 289000, maxY: 629000 };
/** WGS84 area where the polynomials hold (the Netherlands with a margin). */
export const nlBounds = { minLon: 2.5, maxLon: 7.6, minLat: 50.5, maxLat: 54 };
