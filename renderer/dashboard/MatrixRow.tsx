// One neighbourhood's band of the opportunity matrix. Its name is a toggle that opens the band
// into its works or closes it to a summary line; both are part of the matrix's one tab stop.
import { memo, type KeyboardEvent } from 'react';
import { t, type Lang } from '../../engine/i18n';
import { euroCompact } from './format';
import { chipH, colW, labelW, wrap, type layout } from './matrix-layout';

export type PlacedRow = ReturnType<typeof layout>['placed'][number];

/** The summary line of a neighbourhood: its counts, and its saving where known. */
export function summaryText(lang: Lang, placed: PlacedRow, saving: number | undefined): string {
  const counts = t(lang, 'dash.matrix.summary', { works: placed.summary.works, projects: placed.summary.projects, bundles: placed.summary.bundles });
  return saving === undefined ? counts : `${counts} · ${t(lang, 'dash.matrix.summarySaving', { saving: euroCompact(lang, saving) })}`;
}

/** Its own memo, so moving the focus redraws only the two rows it leaves and enters, not a big
 *  city's thousands of chips. */
export const MatrixRow = memo(function MatrixRow(props: {
  placed: PlacedRow; width: number; lang: Lang; saving: number | undefined;
  /** The chip of this row that holds the matrix's tab stop, if any; `true`: the row's toggle. */
  tabStop: string | true | null;
  onShow: (work: string) => void; onFocusChip: (work: string) => void; onKey: (work: string, e: KeyboardEvent<SVGGElement>) => void;
  onToggle: (neighbourhood: string) => void; onFocusRow: (neighbourhood: string) => void;
  onRowKey: (neighbourhood: string, e: KeyboardEvent<SVGGElement>) => void;
}) {
  const { placed, width, lang, tabStop } = props;
  const { row, chips, boxes, ghosts, top, h, open } = placed;
  const summary = summaryText(lang, placed, props.saving);
  const nameLines = wrap(row.name, 18, open ? 3 : 1);
  return (
    <g transform={`translate(0 ${top})`} data-neighbourhood={row.neighbourhood} className={open ? 'kk-band kk-open' : 'kk-band'}>
      <line x1={0} x2={width} y1={0} y2={0} stroke="#c9d3dd" />
      <g className="kk-nb-toggle" role="button" tabIndex={tabStop === true ? 0 : -1} aria-expanded={open}
        aria-label={`${row.name}, ${summary}`} data-neighbourhood={row.neighbourhood}
        onClick={() => props.onToggle(row.neighbourhood)} onFocus={() => props.onFocusRow(row.neighbourhood)}
        onKeyDown={(e) => props.onRowKey(row.neighbourhood, e)}>
        <rect x={1} y={2} width={labelW - 4} height={open ? Math.min(h - 4, 16 + 15 * nameLines.length) : h - 4} rx={3} fill="transparent" />
        <path d={open ? 'M6,8 L14,8 L10,14 z' : 'M7,10 L13,14.5 L7,19 z'} fill="#1f4e79" aria-hidden="true" />
        {/* A closed row's name on the summary line's baseline. */}
        <text x={18} y={open ? 16 : 19} fontSize={12} fontWeight={600} fill="#1b2a38">
          {nameLines.map((line, i) => <tspan key={i} x={18} dy={i === 0 ? 0 : 15}>{line}</tspan>)}
        </text>
      </g>
      <title>{row.name}</title>
      {!open && <text x={labelW + 6} y={19} fontSize={12} fill="#33485c" className="kk-summary">{summary}</text>}
      {boxes.map((b) => (
        <rect key={b.id} x={b.x} y={b.y} width={colW - 2} height={b.h} rx={4} fill="none" stroke="#1f4e79" strokeWidth={1.5}>
          <title>{t(lang, 'dash.matrix.bundle', { count: b.count, year: String(b.year) })}</title>
        </rect>
      ))}
      {ghosts.map((g) => (
        <g key={`ghost-${g.work}`} aria-hidden="true">
          <rect x={g.x} y={g.y} width={colW - 8} height={chipH} rx={3} fill="#fff" stroke="#e07b00" strokeDasharray="3 2" />
          <text x={g.x + (colW - 8) / 2} y={g.y + 13} textAnchor="middle" fontSize={10} fill="#8a5a00">{g.work}</text>
          {g.to && (
            <line x1={g.x + (g.to.x > g.x ? colW - 8 : 0)} y1={g.y + chipH / 2} x2={g.to.x + (g.to.x > g.x ? 0 : colW - 8)} y2={g.to.y + chipH / 2}
              stroke="#e07b00" strokeWidth={1.2} markerEnd="url(#kk-arrow)" />
          )}
        </g>
      ))}
      {chips.map((c) => (
        <g key={c.work} className="kk-chip" tabIndex={c.work === tabStop ? 0 : -1} role="button" data-work={c.work}
          aria-label={c.moved ? t(lang, 'dash.matrix.moved', { work: c.work, from: String(c.planned), to: String(c.year) }) : `${c.work} ${c.year}`}
          onClick={() => props.onShow(c.work)} onFocus={() => props.onFocusChip(c.work)} onKeyDown={(e) => props.onKey(c.work, e)}>
          <rect x={c.x} y={c.y} width={colW - 8} height={chipH} rx={3} fill={c.moved ? '#fff1dc' : '#e3edf7'} stroke={c.moved ? '#e07b00' : '#8fb3d9'} />
          <text x={c.x + (colW - 8) / 2} y={c.y + 13} textAnchor="middle" fontSize={10} fill="#1b2a38">{c.work}</text>
        </g>
      ))}
      <rect x={0} y={0} width={1} height={h} fill="none" />
    </g>
  );
});
