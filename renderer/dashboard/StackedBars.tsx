// A stacked bar chart in plain SVG for the cash flow: one rect per party and year. The horizon is
// long (50 years × several parties = hundreds of bars); drawn directly this costs a fraction of a
// charting library's per-bar components, so the chart follows a what-if slider.
import { memo, useMemo, useRef } from 'react';
import type { Lang } from '../../engine/i18n';
import { euro, euroCompact } from './format';
import { useShownWidth } from './shown-width';
import type { CashRow } from './view';

// Drawn at the width it is shown at (never narrower than minW), so its type keeps its size and
// its height stays the same on a wide screen instead of growing with the width.
const H = 260, minW = 360, left = 72, right = 8, top = 10, bottom = 24;

function niceTicks(lo: number, hi: number, count = 5): number[] {
  const span = hi - lo || 1;
  const raw = span / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * p >= raw) ?? 10) * p;
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step / 2; v += step) out.push(Math.round(v * 100) / 100);
  return out;
}

export const StackedBars = memo(function StackedBars(props: {
  rows: CashRow[]; series: string[]; colours: string[]; names: Map<string, string>; lang: Lang;
  onBar?: (series: string, year: number) => void;
}) {
  const { rows, series, colours, names, lang } = props;
  const box = useRef<HTMLDivElement>(null);
  const W = Math.max(minW, Math.round(useShownWidth(box, 640)));
  const geo = useMemo(() => {
    let lo = 0, hi = 0;
    for (const r of rows) {
      let pos = 0, neg = 0;
      for (const s of series) { const v = r[s] ?? 0; if (v >= 0) pos += v; else neg += v; }
      hi = Math.max(hi, pos); lo = Math.min(lo, neg);
    }
    const ticks = niceTicks(lo, hi);
    const y0 = Math.min(lo, ticks[0] ?? 0), y1 = Math.max(hi, ticks[ticks.length - 1] ?? 0);
    const y = (v: number) => top + ((y1 - v) / (y1 - y0 || 1)) * (H - top - bottom);
    const band = (W - left - right) / Math.max(1, rows.length);
    return { ticks, y, band };
  }, [rows, series, W]);
  const { ticks, y, band } = geo;
  const labelEvery = Math.ceil(rows.length / 12);
  const barW = Math.max(1, band * 0.8);
  return (
    <div className="kk-stacked" ref={box}>
      <svg className="kk-svg" viewBox={`0 0 ${W} ${H}`} width={W} height={H} preserveAspectRatio="xMidYMid meet" fontFamily="system-ui, sans-serif">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={W - right} y1={y(v)} y2={y(v)} stroke={v === 0 ? '#555' : '#dde3ea'} strokeDasharray={v === 0 ? undefined : '3 3'} />
            <text x={left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill="#444">{euroCompact(lang, v)}</text>
          </g>
        ))}
        {rows.map((r, i) => {
          const x = left + i * band + (band - barW) / 2;
          let pos = 0, neg = 0;
          return (
            <g key={r.year}>
              {series.map((s, k) => {
                const v = r[s] ?? 0;
                if (v === 0) return null;
                const from = v >= 0 ? pos : neg;
                const to = from + v;
                if (v >= 0) pos = to; else neg = to;
                const yTop = y(Math.max(from, to));
                const h = Math.max(0.5, Math.abs(y(from) - y(to)));
                return (
                  <rect key={s} x={x} y={yTop} width={barW} height={h} fill={props.colours[k % props.colours.length]}
                    onClick={props.onBar ? () => props.onBar?.(s, r.year) : undefined} style={props.onBar ? { cursor: 'pointer' } : undefined}>
                    <title>{`${names.get(s) ?? s} ${r.year}: ${euro(lang, v)}`}</title>
                  </rect>
                );
              })}
              {i % labelEvery === 0 && <text x={left + i * band + band / 2} y={H - 8} textAnchor="middle" fontSize={11} fill="#444">{r.year}</text>}
            </g>
          );
        })}
      </svg>
      <ul className="kk-legend">
        {series.map((s, k) => (
          <li key={s}><span className="kk-key" style={{ background: colours[k % colours.length] }} aria-hidden="true" /> {names.get(s) ?? s}</li>
        ))}
      </ul>
    </div>
  );
});
