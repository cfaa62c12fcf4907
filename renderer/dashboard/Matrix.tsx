// The opportunity matrix (kansenkaart): neighbourhoods × years. Each work sits in its execution
// year; a project of several works is outlined; a moved work leaves a dashed ghost in its planned
// year with an arrow to where it went. Drawn in SVG so it exports as PNG like the charts. Any of
// the four steps can be shown; the chips are one tab stop, moved between with the arrow keys.
import { memo, useCallback, useContext, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { t, type Lang } from '../../engine/i18n';
import { stepIds, type ComputeResult, type StepId } from '../../engine/model/result';
import type { Scenario } from '../../engine/scenario/schema';
import { ChartFrame, type PngHandler } from './ChartFrame';
import { explainWork } from './explain';
import { ExplainContext, Num } from './ExplainContext';
import { chipAfterKey, matrixKeys, type MatrixKey } from './matrix-keys';
import { useProgressive } from './progressive';
import { matrix, type MatrixView } from './view';

const labelW = 150, colW = 58, chipH = 18, gap = 4, pad = 6, headH = 24;

interface Placed { x: number; y: number; work: string; moved: boolean; planned: number; year: number; project: string }

function layout(m: MatrixView) {
  const x0 = m.years[0] ?? 0;
  const colX = (year: number) => labelW + (year - x0) * colW;
  const rows = m.rows.map((row) => {
    // Stack per year: projects (outlined) then ghosts of works that moved away from this year.
    const height = new Map<number, number>();
    const chips: Placed[] = [];
    const boxes: { x: number; y: number; h: number; id: string; count: number; year: number }[] = [];
    const ghosts: { x: number; y: number; work: string; to: Placed | undefined }[] = [];
    for (const p of row.projects) {
      const top = height.get(p.year) ?? pad;
      p.works.forEach((w, i) => chips.push({ x: colX(p.year) + 4, y: top + (p.works.length > 1 ? 3 : 0) + i * (chipH + 2), work: w.work, moved: w.moved, planned: w.planned, year: w.year, project: p.id }));
      const h = p.works.length * (chipH + 2) - 2 + (p.works.length > 1 ? 6 : 0);
      if (p.works.length > 1) boxes.push({ x: colX(p.year) + 1, y: top, h, id: p.id, count: p.works.length, year: p.year });
      height.set(p.year, top + h + gap);
    }
    for (const c of chips.filter((c) => c.moved)) {
      const top = height.get(c.planned) ?? pad;
      ghosts.push({ x: colX(c.planned) + 4, y: top, work: c.work, to: c });
      height.set(c.planned, top + chipH + gap);
    }
    const h = Math.max(54, chipH + 2 * pad, ...[...height.values()].map((v) => v + pad - gap));
    return { row, chips, boxes, ghosts, h };
  });
  let y = headH;
  const placed = rows.map((r) => { const at = y; y += r.h; return { ...r, top: at }; });
  return { placed, width: labelW + m.years.length * colW + 4, height: y + 2, colX };
}

type PlacedRow = ReturnType<typeof layout>['placed'][number];

export const Matrix = memo(function Matrix(props: { result: ComputeResult; scenario?: Scenario; lang: Lang; stepId?: StepId; onExportPng?: PngHandler }) {
  const { result: r, lang } = props;
  const [stepId, setStepId] = useState<StepId>(props.stepId ?? 'integrated');
  const api = useContext(ExplainContext);
  const m = useMemo(() => matrix(r, props.scenario, stepId), [r, props.scenario, stepId]);
  const l = useMemo(() => layout(m), [m]);
  // Rows by chips: a slice of about 300 works at a time (about 1,000 SVG elements).
  const shownRows = useProgressive(l.placed.length, rowsFor(l.placed, 300, 0), 1);
  const rowsShown = useMemo(() => l.placed.slice(0, shownRows), [l, shownRows]);
  // Roving tabindex: the matrix is one tab stop, the last chip focused (or the first chip) holds it.
  const [active, setActive] = useState<string | null>(null);
  const rowOf = useMemo(() => new Map(rowsShown.flatMap((row, i) => row.chips.map((c) => [c.work, i] as const))), [rowsShown]);
  const tabStop = active !== null && rowOf.has(active) ? active : rowsShown.find((row) => row.chips.length > 0)?.chips[0]?.work ?? null;
  const tabRow = tabStop === null ? -1 : rowOf.get(tabStop) ?? -1;
  const svgRef = useRef<SVGSVGElement>(null);
  const show = useCallback((work: string) => { const e = explainWork(lang, r, stepId, work); if (e && api) api.show(e); }, [lang, r, stepId, api]);
  const onKey = useCallback((work: string, e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(work); return; }
    if (!matrixKeys.has(e.key)) return;
    // Handled even at an edge: the arrows must not scroll the matrix box or the page under the focus.
    e.preventDefault();
    const to = chipAfterKey(rowsShown, work, e.key as MatrixKey, e.ctrlKey || e.metaKey);
    const el = to === null ? undefined : [...(svgRef.current?.querySelectorAll<SVGGElement>('.kk-chip') ?? [])].find((c) => c.dataset.work === to);
    el?.focus();
  }, [rowsShown, show]);
  const controls = (
    <label>{t(lang, 'dash.cash.step')}{' '}
      <select value={stepId} aria-label={t(lang, 'dash.matrix.stepLabel')} onChange={(e) => setStepId(e.target.value as StepId)}>
        {stepIds.map((s) => <option key={s} value={s}>{t(lang, `dash.step.${s}`)}</option>)}
      </select>
    </label>
  );
  const table = () => (
    <table className="kk-table">
      <thead><tr>
        <th scope="col">{t(lang, 'dash.matrix.neighbourhood')}</th><th scope="col">{t(lang, 'dash.matrix.work')}</th>
        <th scope="col">{t(lang, 'dash.matrix.planned')}</th><th scope="col">{t(lang, 'dash.matrix.executed')}</th><th scope="col">{t(lang, 'dash.matrix.project')}</th>
      </tr></thead>
      <tbody>
        {m.rows.flatMap((row) => row.projects.flatMap((p) => p.works.map((w) => (
          <tr key={w.work} className={w.moved ? 'kk-moved' : undefined}>
            <td>{row.name}</td><td>{w.work}</td><td>{w.planned}</td>
            <td><Num value={String(w.year)} label={`${w.work}`} explain={() => explainWork(lang, r, stepId, w.work)} /></td>
            <td>{p.id}</td>
          </tr>
        ))))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame id="matrix" lang={lang} title={t(lang, 'dash.matrix.titleStep', { step: t(lang, `dash.step.${stepId}`) })} desc={t(lang, 'dash.matrix.desc')} controls={controls} table={table} onExportPng={props.onExportPng} interactive busy={shownRows < l.placed.length}>
      <div className="kk-matrix-scroll">
        <svg ref={svgRef} className="kk-svg kk-matrix" data-step={stepId} width={l.width} height={l.height} viewBox={`0 0 ${l.width} ${l.height}`} fontFamily="system-ui, sans-serif">
          <defs>
            <marker id="kk-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill="#e07b00" />
            </marker>
          </defs>
          {m.years.map((y) => (
            <g key={y}>
              <rect x={l.colX(y)} y={0} width={colW} height={l.height} fill={y % 2 ? '#f7f9fb' : '#ffffff'} />
              <text x={l.colX(y) + colW / 2} y={16} textAnchor="middle" fontSize={11} fill="#333">{y}</text>
            </g>
          ))}
          {rowsShown.map((row, i) => (
            <MatrixRow key={row.row.neighbourhood} placed={row} width={l.width} lang={lang} tabStop={i === tabRow ? tabStop : null}
              onShow={show} onFocusChip={setActive} onKey={onKey} />
          ))}
        </svg>
      </div>
      <ul className="kk-legend">
        <li><span className="kk-key kk-key-bundle" aria-hidden="true" /> {t(lang, 'dash.matrix.legendBundle')}</li>
        <li><span className="kk-key kk-key-moved" aria-hidden="true" /> {t(lang, 'dash.matrix.legendMoved')}</li>
        <li><span className="kk-key kk-key-ghost" aria-hidden="true" /> {t(lang, 'dash.matrix.legendPlanned')}</li>
      </ul>
    </ChartFrame>
  );
});

/** One neighbourhood's band. Its own memo, so moving the focus redraws only the two rows it leaves
 *  and enters, not a big city's thousands of chips. */
const MatrixRow = memo(function MatrixRow(props: {
  placed: PlacedRow; width: number; lang: Lang;
  /** The chip of this row that holds the matrix's tab stop, if any. */
  tabStop: string | null;
  onShow: (work: string) => void; onFocusChip: (work: string) => void; onKey: (work: string, e: KeyboardEvent<SVGGElement>) => void;
}) {
  const { placed: { row, chips, boxes, ghosts, top, h }, width, lang, tabStop } = props;
  return (
    <g transform={`translate(0 ${top})`}>
      <line x1={0} x2={width} y1={0} y2={0} stroke="#c9d3dd" />
      <text x={6} y={16} fontSize={12} fontWeight={600} fill="#1b2a38">
        {wrap(row.name, 20, 3).map((line, i) => <tspan key={i} x={6} dy={i === 0 ? 0 : 15}>{line}</tspan>)}
      </text>
      <title>{row.name}</title>
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

/** How many rows from `from` hold about `chips` chips (at least one row). */
function rowsFor(rows: { chips: unknown[] }[], chips: number, from: number): number {
  let n = 0, sum = 0;
  for (let i = from; i < rows.length && (n === 0 || sum + rows[i]!.chips.length <= chips); i++) { sum += rows[i]!.chips.length; n++; }
  return from + n;
}

/** Wraps a neighbourhood name into at most `lines` lines of about `width` characters, so it stays
 *  inside the label column. */
function wrap(s: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const word of s.split(/\s+/)) {
    if (cur && (cur + ' ' + word).length > width) { out.push(cur); cur = word; } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) out.push(cur);
  const kept = out.slice(0, lines).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  if (out.length > lines) kept[lines - 1] = `${kept[lines - 1]!.slice(0, width - 1)}…`;
  return kept;
}
