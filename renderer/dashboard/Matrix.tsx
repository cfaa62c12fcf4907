// The opportunity matrix (kansenkaart): neighbourhoods × years. Each work sits in its execution
// year; a project of several works is outlined; a moved work leaves a dashed ghost in its planned
// year with an arrow to where it went. Drawn in SVG so it exports as PNG like the charts. Any of
// the four steps can be shown; the chips are one tab stop, moved between with the arrow keys.
// A city's neighbourhoods start closed, as summary rows (works, projects, bundles, saving) that
// open into their works: a hundred bands of hundreds of chips each would be tens of thousands of
// SVG elements. The example's few neighbourhoods start open.
import { memo, useCallback, useContext, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { t, type Lang } from '../../engine/i18n';
import { stepIds, type ComputeResult, type StepId } from '../../engine/model/result';
import type { Scenario } from '../../engine/scenario/schema';
import { ChartFrame, type PngHandler } from './ChartFrame';
import { explainWork } from './explain';
import { ExplainContext, Num } from './ExplainContext';
import { chipAfterKey, matrixKeys, rowAfterKey, type MatrixKey } from './matrix-keys';
import { MatrixRow } from './MatrixRow';
import { LongTable } from '../virtual/LongTable';
import { useProgressive } from './progressive';
import { matrix } from './view';
import { colW, layout, neighbourhoodSavings, rowsFor, startsOpen } from './matrix-layout';


export const Matrix = memo(function Matrix(props: { result: ComputeResult; scenario?: Scenario; lang: Lang; stepId?: StepId; onExportPng?: PngHandler }) {
  const { result: r, lang } = props;
  const [stepId, setStepId] = useState<StepId>(props.stepId ?? 'integrated');
  const api = useContext(ExplainContext);
  const m = useMemo(() => matrix(r, props.scenario, stepId), [r, props.scenario, stepId]);
  // Which neighbourhoods differ from how they start (all open on a small plan, all closed on a
  // city); kept across results and steps, so a what-if does not fold the rows back.
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(() => new Set());
  const openAtStart = useMemo(() => startsOpen(m), [m]);
  const l = useMemo(() => layout(m, (nb) => openAtStart !== flipped.has(nb)), [m, openAtStart, flipped]);
  const savings = useMemo(() => (openAtStart ? new Map<string, number>() : neighbourhoodSavings(r, stepId)), [r, stepId, openAtStart]);
  // Rows by chips: a slice of about 300 works at a time (about 1,000 SVG elements).
  const shownRows = useProgressive(l.placed.length, rowsFor(l.placed, 300, 0), 1);
  const rowsShown = useMemo(() => l.placed.slice(0, shownRows), [l, shownRows]);
  // Roving tabindex: the matrix is one tab stop, held by the last chip or row name focused, else
  // by the first chip, else by the first row's name.
  const [active, setActive] = useState<{ work?: string; row?: string } | null>(null);
  const rowOf = useMemo(() => new Map(rowsShown.flatMap((row, i) => row.chips.map((c) => [c.work, i] as const))), [rowsShown]);
  const rowIndex = useMemo(() => new Map(rowsShown.map((row, i) => [row.row.neighbourhood, i] as const)), [rowsShown]);
  const stop = ((): { work: string; row: number } | { row: number; work?: undefined } | null => {
    if (active?.work !== undefined && rowOf.has(active.work)) return { work: active.work, row: rowOf.get(active.work)! };
    if (active?.row !== undefined && rowIndex.has(active.row)) return { row: rowIndex.get(active.row)! };
    const first = rowsShown.findIndex((row) => row.chips.length > 0);
    if (first >= 0) return { work: rowsShown[first]!.chips[0]!.work, row: first };
    return rowsShown.length > 0 ? { row: 0 } : null;
  })();
  const svgRef = useRef<SVGSVGElement>(null);
  const show = useCallback((work: string) => { const e = explainWork(lang, r, stepId, work); if (e && api) api.show(e); }, [lang, r, stepId, api]);
  // Found by dataset, not by a selector: ids are the user's own text.
  const focusOn = useCallback((kind: 'chip' | 'row', id: string) => {
    const els = svgRef.current?.querySelectorAll<SVGGElement>(kind === 'chip' ? '.kk-chip' : '.kk-nb-toggle') ?? [];
    [...els].find((el) => (kind === 'chip' ? el.dataset.work : el.dataset.neighbourhood) === id)?.focus();
  }, []);
  const toggle = useCallback((nb: string) => setFlipped((f) => {
    const n = new Set(f);
    if (n.has(nb)) n.delete(nb); else n.add(nb);
    return n;
  }), []);
  const onKey = useCallback((work: string, e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(work); return; }
    if (!matrixKeys.has(e.key)) return;
    // Handled even at an edge: the arrows must not scroll the matrix box or the page under the focus.
    e.preventDefault();
    const to = chipAfterKey(rowsShown, work, e.key as MatrixKey, e.ctrlKey || e.metaKey);
    if (to !== null) { focusOn('chip', to); return; }
    // Left from a neighbourhood's first chip: its name, which closes the band.
    const nb = rowsShown[rowOf.get(work) ?? -1]?.row.neighbourhood;
    if (e.key === 'ArrowLeft' && nb !== undefined) focusOn('row', nb);
  }, [rowsShown, rowOf, show, focusOn]);
  const onRowKey = useCallback((nb: string, e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(nb); return; }
    if (!matrixKeys.has(e.key)) return;
    e.preventDefault();
    const to = rowAfterKey(rowsShown, nb, e.key as MatrixKey);
    if (to?.work !== undefined) focusOn('chip', to.work);
    else if (to?.row !== undefined) focusOn('row', to.row);
  }, [rowsShown, toggle, focusOn]);
  const onFocusChip = useCallback((work: string) => setActive({ work }), []);
  const onFocusRow = useCallback((row: string) => setActive({ row }), []);
  const controls = (
    <label>{t(lang, 'dash.cash.step')}{' '}
      <select value={stepId} aria-label={t(lang, 'dash.matrix.stepLabel')} onChange={(e) => setStepId(e.target.value as StepId)}>
        {stepIds.map((s) => <option key={s} value={s}>{t(lang, `dash.step.${s}`)}</option>)}
      </select>
    </label>
  );
  // The data table: one row per work, all neighbourhoods (a city's thousands in a scroll box),
  // listed only once the table is opened: a city's 50,000 rows would weigh on every new result.
  const tableRows = useMemo(() => once(() => m.rows.flatMap((row) => row.projects.flatMap((p) => p.works.map((w) => ({ name: row.name, project: p.id, w }))))), [m]);
  const table = () => {
    const works = tableRows();
    return (
      <LongTable count={works.length} columns={5} row={(i, measure) => {
        const { name, project, w } = works[i]!;
        return (
          <tr key={w.work} className={w.moved ? 'kk-moved' : undefined} data-index={i} aria-rowindex={i + 2} ref={measure}>
            <td>{name}</td><td>{w.work}</td><td>{w.planned}</td>
            <td><Num value={String(w.year)} label={`${w.work}`} explain={() => explainWork(lang, r, stepId, w.work)} /></td>
            <td>{project}</td>
          </tr>
        );
      }}>
        <thead><tr aria-rowindex={1}>
          <th scope="col">{t(lang, 'dash.matrix.neighbourhood')}</th><th scope="col">{t(lang, 'dash.matrix.work')}</th>
          <th scope="col">{t(lang, 'dash.matrix.planned')}</th><th scope="col">{t(lang, 'dash.matrix.executed')}</th><th scope="col">{t(lang, 'dash.matrix.project')}</th>
        </tr></thead>
      </LongTable>
    );
  };
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
            <MatrixRow key={row.row.neighbourhood} placed={row} width={l.width} lang={lang} saving={savings.get(row.row.neighbourhood)}
              tabStop={stop?.row === i ? stop.work ?? true : null} onShow={show} onFocusChip={onFocusChip} onKey={onKey}
              onToggle={toggle} onFocusRow={onFocusRow} onRowKey={onRowKey} />
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

function once<T>(f: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: f() }).v;
}
