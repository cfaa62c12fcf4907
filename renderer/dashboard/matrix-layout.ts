// Where the opportunity matrix draws each neighbourhood: an open one as a band of chips (each work
// in its execution year, a project of several works outlined, a moved work's ghost in its planned
// year), a closed one as a summary line. Pure, so the layout is testable without a DOM.
import type { ComputeResult, StepId } from '../../engine/model/result';
import type { MatrixView } from './view';

export const labelW = 150, colW = 58, chipH = 18, gap = 4, pad = 6, headH = 24, summaryH = 30;

/** Up to this many works, every neighbourhood starts open (the example's 63); past it, closed. */
export const OPEN_UP_TO = 400;

export interface Placed { x: number; y: number; work: string; moved: boolean; planned: number; year: number; project: string }

export interface Summary { works: number; projects: number; bundles: number }

export const startsOpen = (m: MatrixView): boolean =>
  m.rows.reduce((n, row) => n + row.projects.reduce((k, p) => k + p.works.length, 0), 0) <= OPEN_UP_TO;

export function layout(m: MatrixView, isOpen: (neighbourhood: string) => boolean) {
  const x0 = m.years[0] ?? 0;
  const colX = (year: number) => labelW + (year - x0) * colW;
  const rows = m.rows.map((row) => {
    const summary: Summary = {
      works: row.projects.reduce((k, p) => k + p.works.length, 0),
      projects: row.projects.length,
      bundles: row.projects.filter((p) => p.works.length > 1).length,
    };
    const chips: Placed[] = [];
    const boxes: { x: number; y: number; h: number; id: string; count: number; year: number }[] = [];
    const ghosts: { x: number; y: number; work: string; to: Placed | undefined }[] = [];
    if (!isOpen(row.neighbourhood)) return { row, summary, open: false, chips, boxes, ghosts, h: summaryH };
    // Stack per year: projects (outlined) then ghosts of works that moved away from this year.
    const height = new Map<number, number>();
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
    return { row, summary, open: true, chips, boxes, ghosts, h };
  });
  let y = headH;
  const placed = rows.map((r) => { const at = y; y += r.h; return { ...r, top: at }; });
  return { placed, width: labelW + m.years.length * colW + 4, height: y + 2, colX };
}

/** Per neighbourhood, what the step saves against separate works (financial, cents). */
export function neighbourhoodSavings(r: ComputeResult, stepId: StepId): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of r.neighbourhoods ?? []) {
    const separate = n.steps.find((s) => s.step === 'separate');
    const here = n.steps.find((s) => s.step === stepId);
    if (separate && here) out.set(n.id, separate.pv.financial - here.pv.financial);
  }
  return out;
}

/** How many rows from `from` hold about `chips` chips (at least one row; a closed row counts one). */
export function rowsFor(rows: { chips: unknown[] }[], chips: number, from: number): number {
  let n = 0, sum = 0;
  for (let i = from; i < rows.length && (n === 0 || sum + Math.max(1, rows[i]!.chips.length) <= chips); i++) { sum += Math.max(1, rows[i]!.chips.length); n++; }
  return from + n;
}

/** Wraps a neighbourhood name into at most `lines` lines of about `width` characters, so it stays
 *  inside the label column. */
export function wrap(s: string, width: number, lines: number): string[] {
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
