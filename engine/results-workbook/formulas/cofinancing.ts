// The co-financing sheet of one plan block: per execution (first execution or replacement) that a
// rule may fund, what each rule pays, as formulas over the CoFinancing input sheet (share, cap,
// years), the work's direct cost on the block's Works sheet and the escalation on Years. Values are
// only what a spreadsheet cannot decide by position: which executions there are (the plan), the
// order in which caps are consumed (earliest year first, then work id) and which rules may fund a
// work (its tags and owner, matched as the engine does: trimmed, case-insensitive).
import '../../i18n/formulas';
import { t } from '../../i18n';
import { capOrder, tagsMatch } from '../../cofinancing/apply';
import { replacementYears } from '../../model/costs';
import type { ResolvedWork } from '../../model/resolve';
import type { PlanBlock } from './plan';
import { firstDataRow, worksDirectCol, type BlockSheets, type Env } from './sheets';
import { colName, sheetRef, style, type Cell, SheetWriter } from './xlsx';

import type { CoFinancingSheet } from './cofinancing-sheet';

export type { CoFinancingSheet };

interface Row {
  w: ResolvedWork;
  work: string;
  worksRow: number;
  year: number;
  replacement: boolean;
  /** Rules (sheet order) that may fund this work: tags match and the owner is not the funder. */
  rules: boolean[];
}

export function coFinancingSheet(env: Env, block: PlanBlock, b: BlockSheets): CoFinancingSheet | undefined {
  const rules = env.scenario.coFinancing;
  if (rules.length === 0) return undefined;
  const { refs, lang } = env;
  const ctx = env.plan.ctx;
  const tl = ctx.tl;
  const K = rules.length;
  const parties = ctx.parties;
  const L = (k: string) => t(lang, `formulas.col.${k}`);
  const name = t(lang, 'formulas.sheet.cofinancing', { step: t(lang, `results.step.${block.steps[0]}`) });
  const ws = new SheetWriter(name, env.strings, [12, 14, 8, 10, 14, 12, ...new Array<number>(2 * K + parties.length).fill(14)]);
  ws.row(1, [t(lang, 'formulas.note.cofinancing')]);
  ws.row(2, [L('work'), L('party'), L('year'), L('replacement'), L('directNominal'), L('pvPerEuro'),
    ...rules.map((r) => r.id), ...rules.map((r) => t(lang, 'formulas.col.cumulative', { rule: r.id })), ...parties]);

  const rows: Row[] = [];
  block.projects.forEach((p) => {
    for (let i = p.from; i <= p.to; i++) {
      const w = block.works[i]!.w;
      const may = rules.map((rule) => rule.funder !== w.party && tagsMatch(rule, w.tags));
      if (!may.some(Boolean)) continue;
      const worksRow = firstDataRow + i;
      rows.push({ w, work: w.id, worksRow, year: p.year, replacement: false, rules: may });
      for (const y of replacementYears(ctx, w, p.year)) rows.push({ w, work: w.id, worksRow, year: y, replacement: true, rules: may });
    }
  });
  rows.sort(capOrder);

  const WS = sheetRef(b.works.name);
  const Y = env.years;
  const amt = (k: number) => colName(6 + k);
  const cum = (k: number) => colName(6 + K + k);
  const partyC = (p: number) => colName(6 + 2 * K + p);
  const first = firstDataRow;
  const last = first + rows.length - 1;
  // The engine's arithmetic, for the cached values (engine/cofinancing/apply).
  const capLeft = rules.map((r) => r.cap ?? Infinity);
  const cumV = new Array<number>(K).fill(0);
  rows.forEach((row, i) => {
    const r = first + i;
    const yc = colName(1 + row.year - tl.base);
    const escal = tl.escal[row.year - tl.base] as number;
    const perEuro = (tl.factor[row.year - tl.base] as number) / escal;
    const direct = row.w.direct * escal;
    let room = direct;
    const amounts: (Cell | undefined)[] = [];
    const cums: Cell[] = [];
    let total = 0;
    rules.forEach((rule, k) => {
      const c = (f: string) => refs.cell('coFinancing', f, k);
      let v = 0;
      if (row.rules[k]) {
        const inYears = (rule.fromYear === undefined || row.year >= rule.fromYear) && (rule.toYear === undefined || row.year <= rule.toYear);
        v = inYears ? Math.max(0, Math.min(rule.share * direct, room, capLeft[k] as number)) : 0;
        const roomF = k === 0 ? `$E${r}` : `$E${r}-SUM(${amt(0)}${r}:${amt(k - 1)}${r})`;
        const capF = r === first ? c('cap') : `${c('cap')}-${cum(k)}${r - 1}`;
        amounts.push({
          v, s: style.euro,
          f: `IF(AND(OR(ISBLANK(${c('fromYear')}),$C${r}>=${c('fromYear')}),OR(ISBLANK(${c('toYear')}),$C${r}<=${c('toYear')})),`
            + `MAX(0,MIN(${c('share')}*$E${r},${roomF},IF(ISBLANK(${c('cap')}),${c('share')}*$E${r},${capF}))),0)`,
        });
        room -= v;
        capLeft[k] = (capLeft[k] as number) - v;
        total += v;
      } else amounts.push(undefined);
      cumV[k] = (cumV[k] as number) + v;
      cums.push({ v: cumV[k], s: style.euro, f: r === first ? `${amt(k)}${r}` : `${cum(k)}${r - 1}+${amt(k)}${r}` });
    });
    const owner = ctx.partyOrder.get(row.w.party)!;
    const partyCells: (Cell | undefined)[] = parties.map((_, p) =>
      (p === owner ? { v: -total * perEuro, s: style.euro, f: `-SUM(${amt(0)}${r}:${amt(K - 1)}${r})*$F${r}` } : undefined));
    ws.row(r, [
      row.w.id, row.w.party, row.year, t(lang, row.replacement ? 'formulas.yes' : 'formulas.no'),
      { v: direct, s: style.euro, f: `${WS}!$${worksDirectCol}$${row.worksRow}*${Y}!$${yc}$4` },
      { v: perEuro, s: style.factor, f: `${Y}!$${yc}$5/${Y}!$${yc}$4` },
      ...amounts, ...cums, ...partyCells,
    ]);
  });

  const range = (col: string) => `${sheetRef(name)}!$${col}$${first}:$${col}$${last}`;
  return {
    sheet: ws,
    partyFormula: (p) => {
      if (rows.length === 0) return '0';
      const paid = rules.flatMap((rule, k) => (ctx.partyOrder.get(rule.funder) === p
        ? [`SUMPRODUCT(${range(amt(k))},${range('F')})`] : []));
      return [...paid, `SUM(${range(partyC(p))})`].join('+');
    },
  };
}
