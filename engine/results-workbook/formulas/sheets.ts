// The calculation sheets of the formula workbook. Every figure is a formula over the input sheets
// (./refs) and over rows of these sheets by POSITION (a project sums the rows of its works; a party
// total sums one column) — never a lookup by id or tag. Each formula cell carries the value the
// engine's arithmetic gives, so a reader that does not recalculate shows the right numbers.
import '../../i18n/formulas';
import '../../i18n/results';
import { t, type Lang } from '../../i18n';
import { citizenStreams } from '../../citizen/plan';
import { projectCost, residualBase } from '../../model/costs';
import { roundMoney, toCents } from '../../model/money';
import { stepIds, type ComputeResult, type StepId } from '../../model/result';
import type { Scenario } from '../../scenario/schema';
import type { FormulaPlan, PlanBlock, PlanWork } from './plan';
import type { CoFinancingSheet } from './cofinancing-sheet';
import { InputRefs } from './refs';
import { colName, sheetRef, style, type Cell, SheetWriter, type StringTable } from './xlsx';

const first = 3; // data rows start below the note (row 1) and the header (row 2)
export const firstDataRow = first;

interface Env {
  scenario: Scenario;
  result: ComputeResult;
  plan: FormulaPlan;
  lang: Lang;
  refs: InputRefs;
  strings: StringTable;
  years: string;
  /** Horizon length and base year. */
  H: number;
  B: number;
}

const euro = (v: number, f?: string): Cell => (f === undefined ? { v, s: style.euro } : { v, f, s: style.euro });
const num = (v: number, f: string): Cell => ({ v, f, s: style.number });
const numf = (v: number, f: string): Cell => ({ v, f, s: style.number });

/** Column of year y on the Years sheet (B = base year). */
const yearCol = (env: Env, y: number): string => colName(1 + y - env.B);

// ---------------------------------------------------------------- Years
export function yearsSheet(env: Env): SheetWriter {
  const { refs, H, B } = env;
  const tl = env.plan.ctx.tl;
  const L = (k: string) => t(env.lang, `formulas.col.${k}`);
  const ws = new SheetWriter(t(env.lang, 'formulas.sheet.years'), env.strings, [24, ...new Array<number>(H).fill(12)]);
  ws.row(1, [t(env.lang, 'formulas.note.years')]);
  const base = refs.setting('baseYear');
  ws.row(2, [L('year'), ...Array.from({ length: H }, (_, i): Cell => ({ v: B + i, f: i === 0 ? base : `${colName(i)}2+1` }))]);
  ws.row(3, [L('index'), ...Array.from({ length: H }, (_, i): Cell => ({ v: i, f: `${colName(i + 1)}2-${base}` }))]);
  const e = refs.setting('escalationRate');
  const r = refs.setting('discountRate');
  ws.row(4, [L('escalation'), ...Array.from({ length: H }, (_, i): Cell => ({ v: tl.escal[i], f: `POWER(1+${e},${colName(i + 1)}3)`, s: style.factor }))]);
  ws.row(5, [L('factor'), ...Array.from({ length: H }, (_, i): Cell => ({ v: tl.factor[i], f: `${colName(i + 1)}4/POWER(1+${r},${colName(i + 1)}3+$B$7)`, s: style.factor }))]);
  const timing = refs.setting('discountTiming');
  const delta = { end: 1, mid: 0.5, start: 0 }[env.scenario.settings.discountTiming];
  // The timing cell holds an English or Dutch choice label (either is accepted on import).
  ws.row(7, [L('delta'), { v: delta, f: `IF(OR(${timing}="end",${timing}="eind"),1,IF(OR(${timing}="mid",${timing}="midden"),0.5,0))` }]);
  ws.row(8, [L('lastYear'), { v: B + H - 1, f: `${base}+${refs.setting('horizonYears')}-1` }]);
  return ws;
}

// ---------------------------------------------------------------- Works and projects of a block
/** Column positions on a block's Works sheet. */
const W = {
  work: 0, project: 1, neighbourhood: 2, party: 3, variant: 4, year: 5, planned: 6, quantity: 7, unitCost: 8,
  direct: 9, days: 10, area: 11, streetMax: 12, lifetime: 13, deferralPerYear: 14, currentOpex: 15,
  annualOpex: 16, deferral: 17, share: 18, first: 19, singleShared: 20, single: 21, singleDisruption: 22,
  residual: 23, grid: 24,
} as const;
const P = {
  project: 0, neighbourhood: 1, year: 2, works: 3, parties: 4, direct: 5, sumDays: 6, maxDays: 7, days: 8,
  engineering: 9, tender: 10, participation: 11, site: 12, opening: 13, coordination: 14, deferral: 15,
  shared: 16, total: 17, disruption: 18, factor: 19, pvFinancial: 20, pvDisruptionProject: 21,
} as const;

/** The column of a work's direct cost (quantity × unit cost) on a block's Works sheet. */
export const worksDirectCol = colName(W.direct);

export interface BlockSheets {
  works: SheetWriter;
  projects: SheetWriter;
  /** Column letters and last row of the sums the comparison needs. */
  pvCol: string;
  disruptionCol: string;
  partyCol: (p: number) => string;
  lastRow: number;
  projectLastRow: number;
  /** Cached sums: financial PV per party, societal-only PV (disruption) of the block. */
  partyPV: number[];
  disruptionPV: number;
}

export function blockSheets(env: Env, block: PlanBlock): BlockSheets {
  const { refs, H, lang, scenario } = env;
  const ctx = env.plan.ctx;
  const tl = ctx.tl;
  const s = ctx.settings;
  const L = (k: string) => t(lang, `formulas.col.${k}`);
  const stepName = t(lang, `results.step.${block.steps[0]}`);
  const worksName = t(lang, 'formulas.sheet.works', { step: stepName });
  const projName = t(lang, 'formulas.sheet.projects', { step: stepName });
  const WS = sheetRef(worksName);
  const PS = sheetRef(projName);
  const Y = env.years;
  const set = (k: string) => refs.setting(k);
  const pvC = W.grid + H;
  const disC = pvC + 1;
  const partyC = (p: number) => disC + 1 + p;
  const parties = ctx.parties;
  const yLast = colName(H);
  const lastRow = first + block.works.length - 1;
  const projectLastRow = first + block.projects.length - 1;

  // Projects: the cost table of MODEL.md per project, summed over the project's rows on Works.
  const pws = new SheetWriter(projName, env.strings, [28, 16, 8, 30, 8, ...new Array<number>(17).fill(15)]);
  pws.row(1, [t(lang, 'formulas.note.projects')]);
  pws.row(2, ['project', 'neighbourhood', 'year', 'works', 'parties', 'direct', 'sumDays', 'maxDays', 'days', 'engineering',
    'tender', 'participation', 'site', 'opening', 'coordination', 'deferral', 'shared', 'total', 'disruption', 'factor',
    'pvFinancial', 'pvDisruptionProject'].map(L));
  const costs = block.projects.map((p) => projectCost(ctx, block.works.slice(p.from, p.to + 1).map((x) => x.w), p.year));
  let disruptionPV = 0;
  block.projects.forEach((p, pi) => {
    const c = costs[pi]!;
    const r = first + pi;
    const a = first + p.from;
    const b = first + p.to;
    const range = (col: number) => `${WS}!$${colName(col)}$${a}:$${colName(col)}$${b}`;
    const f = tl.factor[p.year - tl.base] as number;
    const nbh = scenario.neighbourhoods.findIndex((n) => n.id.trim() === p.neighbourhood);
    disruptionPV += c.disruption * f;
    pws.row(r, [
      p.id, p.neighbourhood, p.year, block.works.slice(p.from, p.to + 1).map((x) => x.w.id).join(', '), p.parties.length,
      euro(c.direct, `SUM(${range(W.direct)})`),
      numf(c.sumDays, `SUM(${range(W.days)})`),
      numf(c.maxDays, `MAX(${range(W.days)})`),
      numf(c.days, `H${r}+${set('sequentialShare')}*(G${r}-H${r})`),
      euro(c.engineering, `${set('engineeringFixed')}+${set('engineeringRate')}*F${r}`),
      euro(c.tender, set('tenderFixed')),
      euro(c.participation, set('participationFixed')),
      euro(c.site, `${set('siteFixed')}+${set('sitePerDay')}*I${r}`),
      euro(c.opening, `${set('openingCostPerM2')}*SUM(${range(W.streetMax)})`),
      euro(c.coordination, `${set('coordinationPerExtraParty')}*MAX(0,E${r}-1)`),
      euro(c.deferral, `SUM(${range(W.deferral)})`),
      euro(c.shared, `SUM(J${r}:O${r})`),
      euro(c.financial, `F${r}+Q${r}+P${r}`),
      euro(c.disruption, `I${r}*${refs.cell('neighbourhoods', 'disruptionCostPerDay', nbh)}`),
      { v: f, f: `${Y}!$${yearCol(env, p.year)}$5`, s: style.factor },
      euro(c.financial * f, `R${r}*T${r}`),
      euro(c.disruption * f, `S${r}*T${r}`),
    ]);
  });

  // Works: one row per work in project order, with its life cycle per year.
  const headers = ['work', 'project', 'neighbourhood', 'party', 'variant', 'executionYear', 'plannedYear', 'quantity', 'unitCost',
    'direct', 'days', 'area', 'streetMax', 'lifetime', 'deferralPerYear', 'currentOpex', 'annualOpex', 'deferral', 'share',
    'first', 'singleShared', 'single', 'singleDisruption', 'residual'].map(L);
  const ws = new SheetWriter(worksName, env.strings, [12, 24, 14, 14, 14, ...new Array<number>(19 + H + 2 + parties.length).fill(13)]);
  const fractions = block.works.some((x) => x.fraction !== undefined)
    ? t(lang, 'formulas.note.fractions', { rule: t(lang, `results.rule.${s.allocationRule}`) }) : '';
  ws.row(1, [t(lang, 'formulas.note.works', { fractions })]);
  ws.row(2, [...headers, ...env.result.years.map(String), L('pv'), L('pvDisruption'), ...parties]);
  const partyPV = new Array<number>(parties.length).fill(0);
  const si = { direct: ws.sharedId(), deferral: ws.sharedId(), first: ws.sharedId(), singleShared: ws.sharedId(),
    single: ws.sharedId(), residual: ws.sharedId(), pv: ws.sharedId(), dis: ws.sharedId() };
  const shared = (key: keyof typeof si, col: number, r: number, f: string, v: number, cs: Cell['s'] = style.euro): Cell =>
    r === first ? { v, f, si: si[key], ref: `${colName(col)}${first}:${colName(col)}${lastRow}`, s: cs } : { v, si: si[key], s: cs };
  const last = tl.last;
  const lastRef = `${Y}!$B$8`;
  // A work's cash flows over the horizon are ONE array formula over its row (years on Years row 2):
  // LibreOffice keeps a parsed formula per formula cell, and a shared formula per year cell made
  // the city-scale workbook (7.5 million year cells) need about 28 GB to open; an array formula per
  // row is parsed once and its cells hold only results. Multiplying by a comparison stands for IF
  // (AND would collapse the array to one value).
  const yrs = `${Y}!$B$2:$${yLast}$2`;
  const gridFormula = (r: number) => `IF(${yrs}<=$F${r},$P${r},$Q${r})+$T${r}*(${yrs}=$F${r})`
    + `+$V${r}*(${yrs}>$F${r})*(MOD(${yrs}-$F${r},$N${r})=0)+$X${r}*(${yrs}=${lastRef})`;
  block.works.forEach((pw, i) => {
    const r = first + i;
    const w = pw.w;
    const p = block.projects[pw.project]!;
    const c = costs[pw.project]!;
    const tY = p.year;
    const src = workSources(env, pw);
    const deferral = tY > w.plannedYear ? w.deferralCostPerYear * (tY - w.plannedYear) : 0;
    const pr = first + pw.project;
    const nParties = p.parties.length;
    const share = pw.fraction !== undefined
      ? pw.fraction * c.shared
      : c.direct === 0 ? c.shared / nParties / pw.sameParty : (c.shared * w.direct) / c.direct;
    const shareF = pw.fraction !== undefined
      ? `${pw.fraction}*${PS}!$Q$${pr}`
      : `IF(${PS}!$F$${pr}=0,${PS}!$Q$${pr}/${PS}!$E$${pr}/${pw.sameParty},${PS}!$Q$${pr}*J${r}/${PS}!$F$${pr})`;
    const firstCost = w.direct + deferral + share;
    const singleShared = s.engineeringFixed + s.engineeringRate * w.direct + s.tenderFixed + s.participationFixed + s.siteFixed
      + s.sitePerDay * w.durationDays + s.openingCostPerM2 * w.openedArea;
    const single = w.direct + singleShared;
    const perDay = ctx.disruptionPerDay.get(w.neighbourhood) ?? 0;
    const nbh = scenario.neighbourhoods.findIndex((n) => n.id.trim() === w.neighbourhood);
    const resid = residualBase(ctx, w, tY);
    const T = w.lifetimeYears;
    const grid: Cell[] = [];
    let pv = 0;
    let repFactor = 0;
    for (let k = 0; k < H; k++) {
      const y = tl.base + k;
      const isRep = y > tY && (y - tY) % T === 0;
      const v = (y <= tY ? w.currentOpex : w.annualOpex) + (y === tY ? firstCost : 0) + (isRep ? single : 0) + (y === last ? resid : 0);
      pv += v * (tl.factor[k] as number);
      if (isRep) repFactor += tl.factor[k] as number;
      grid.push(k === 0 ? { v, s: style.euro, f: gridFormula(r), array: `${colName(W.grid)}${r}:${colName(W.grid + H - 1)}${r}` } : { v, s: style.euro });
    }
    const disPV = w.durationDays * perDay * repFactor;
    disruptionPV += disPV;
    const po = ctx.partyOrder.get(w.party)!;
    partyPV[po] = (partyPV[po] as number) + pv;
    const cells: (Cell | string | number | undefined)[] = [
      w.id, p.id, w.neighbourhood, w.party, w.variant ?? '',
      tY,
      { v: w.plannedYear, f: refs.cell('works', 'plannedYear', w.index) },
      numf(w.quantity, src.quantity), euro(w.unitCost, src.unitCost),
      shared('direct', W.direct, r, `H${r}*I${r}`, w.direct),
      numf(w.durationDays, src.durationDays), numf(w.openedArea, src.openedArea),
      pw.streetGroup > 0 ? numf(block.works.slice(i, i + pw.streetGroup).reduce((m, x) => Math.max(m, x.w.openedArea), 0), `MAX(L${r}:L${r + pw.streetGroup - 1})`) : undefined,
      { v: T, f: src.lifetimeYears },
      euro(w.deferralCostPerYear, refs.cell('works', 'deferralCostPerYear', w.index)),
      euro(w.currentOpex, src.currentOpex), euro(w.annualOpex, src.annualOpex(r)),
      shared('deferral', W.deferral, r, `O${r}*MAX(0,F${r}-G${r})`, deferral),
      euro(share, shareF),
      shared('first', W.first, r, `J${r}+R${r}+S${r}`, firstCost),
      shared('singleShared', W.singleShared, r,
        `${set('engineeringFixed')}+${set('engineeringRate')}*J${r}+${set('tenderFixed')}+${set('participationFixed')}+${set('siteFixed')}+${set('sitePerDay')}*K${r}+${set('openingCostPerM2')}*L${r}`,
        singleShared),
      shared('single', W.single, r, `J${r}+U${r}`, single),
      euro(w.durationDays * perDay, `K${r}*${refs.cell('neighbourhoods', 'disruptionCostPerDay', nbh)}`),
      shared('residual', W.residual, r, `-J${r}*MIN(N${r},MAX(0,F${r}+INT((${lastRef}-F${r})/N${r})*N${r}+N${r}-${lastRef}))/N${r}`, resid),
      ...grid,
      shared('pv', pvC, r, `SUMPRODUCT(${colName(W.grid)}${r}:${colName(W.grid + H - 1)}${r},${Y}!$B$5:$${yLast}$5)`, pv),
      shared('dis', disC, r, `W${r}*SUMPRODUCT((${Y}!$B$2:$${yLast}$2>F${r})*(MOD(${Y}!$B$2:$${yLast}$2-F${r},N${r})=0),${Y}!$B$5:$${yLast}$5)`, disPV),
    ];
    for (let q = 0; q < parties.length; q++) cells.push(q === po ? euro(pv, `${colName(pvC)}${r}`) : undefined);
    ws.row(r, cells);
  });
  return {
    works: ws, projects: pws, pvCol: colName(pvC), disruptionCol: colName(disC), partyCol: (p) => colName(partyC(p)),
    lastRow, projectLastRow, partyPV, disruptionPV,
  };
}

interface Sources {
  quantity: string;
  unitCost: string;
  durationDays: string;
  openedArea: string;
  lifetimeYears: string;
  currentOpex: string;
  annualOpex: (row: number) => string;
}

/** Where a work's numbers come from: its Works row, or for a variant work the Variants row (a
 *  number there is referenced; an expression was evaluated by the engine and is written as value). */
function workSources(env: Env, pw: PlanWork): Sources {
  const { refs, scenario } = env;
  const w = pw.w;
  const row = scenario.works[w.index]!;
  const workCell = (k: string) => refs.cell('works', k, w.index);
  if (w.variant === undefined || row.variantGroup === undefined || row.variantGroup.trim() === '') {
    const cur = workCell('currentOpex');
    const ann = workCell('annualOpex');
    return {
      quantity: workCell('quantity'), unitCost: workCell('unitCost'), durationDays: workCell('durationDays'),
      openedArea: workCell('openedArea'), lifetimeYears: workCell('lifetimeYears'),
      currentOpex: `IF(ISBLANK(${cur}),${ann},${cur})`, annualOpex: () => ann,
    };
  }
  const vi = scenario.variants.findIndex((v) => v.id === w.variant);
  const v = scenario.variants[vi]!;
  const from = (k: 'quantity' | 'unitCost' | 'durationDays' | 'openedArea' | 'lifetimeYears' | 'annualOpexPerUnit', value: number): string => {
    const x = v[k];
    return typeof x === 'string' ? String(value) : refs.cell('variants', k, vi);
  };
  const perUnit = typeof v.annualOpexPerUnit === 'string' ? undefined : refs.cell('variants', 'annualOpexPerUnit', vi);
  return {
    quantity: from('quantity', w.quantity), unitCost: from('unitCost', w.unitCost), durationDays: from('durationDays', w.durationDays),
    openedArea: from('openedArea', w.openedArea), lifetimeYears: from('lifetimeYears', w.lifetimeYears),
    // The existing asset: the work row's own value, else the generic variant's opex (a value).
    currentOpex: row.currentOpex !== undefined ? workCell('currentOpex') : String(w.currentOpex),
    annualOpex: (r) => (perUnit === undefined ? String(w.annualOpex) : `${perUnit}*H${r}`),
  };
}

// ---------------------------------------------------------------- Citizen maintenance
export interface CitizenSheet {
  sheet: SheetWriter;
  /** Rows of the three blocks (first, last) and the PV column; party column letters. */
  blocks: Record<'contractor' | 'citizen' | 'volunteer', { from: number; to: number; pv: number[] }>;
  pvCol: string;
  partyCol: (p: number) => string;
}

export function citizenSheet(env: Env): CitizenSheet | undefined {
  const { scenario, refs, H, lang } = env;
  const tasks = scenario.citizenMaintenance;
  if (tasks.length === 0) return undefined;
  const ctx = env.plan.ctx;
  const tl = ctx.tl;
  const L = (k: string) => t(lang, `formulas.col.${k}`);
  const ws = new SheetWriter(t(lang, 'formulas.sheet.citizen'), env.strings, [24, 14, 14, 14, 10, ...new Array<number>(H + 1 + ctx.parties.length).fill(12)]);
  ws.row(1, [t(lang, 'formulas.note.citizen')]);
  ws.row(2, [L('task'), L('neighbourhood'), L('party'), L('contractorCost'), L('startYear'), ...env.result.years.map(String), L('pv'), ...ctx.parties]);
  const Y = env.years;
  const pvC = 5 + H;
  const partyC = (p: number) => pvC + 1 + p;
  const contractor = citizenStreams(scenario, false);
  const integrated = citizenStreams(scenario, true);
  const c = (k: string, i: number) => refs.cell('citizenMaintenance', k, i);
  let r = 3;
  const blocks = {} as CitizenSheet['blocks'];
  const kinds = ['contractor', 'citizen', 'volunteer'] as const;
  for (const kind of kinds) {
    ws.row(r++, [t(lang, `formulas.block.${kind}`)]);
    const from = r;
    const pvs: number[] = [];
    tasks.forEach((task, i) => {
      const stream = kind === 'contractor' ? contractor[i]!.financial : kind === 'citizen' ? integrated[i]!.financial : integrated[i]!.societal;
      const C = task.contractorHoursPerYear * task.hourlyRate;
      const start = task.startYear ?? tl.base;
      let pv = 0;
      const grid: Cell[] = [];
      for (let k = 0; k < H; k++) {
        const yr = `${Y}!${colName(1 + k)}$2`;
        const S = `${c('residentShare', i)}*POWER(1-${c('dropoutRate', i)},${yr}-$E${r})`;
        const f = kind === 'contractor' ? `$D${r}`
          : kind === 'citizen'
            ? `IF(${yr}<$E${r},$D${r},$D${r}*(1-${S})+${c('coordinationPerYear', i)}+${c('materialsPerYear', i)}+${c('reserveRate', i)}*$D${r}*${S}+IF(${yr}=$E${r},${c('startupCost', i)},0))`
            : `IF(${yr}<$E${r},0,${c('contractorHoursPerYear', i)}*${S}*${c('residentHoursPerContractorHour', i)}*${c('volunteerHourValue', i)})`;
        const v = stream[k] as number;
        pv += v * (tl.factor[k] as number);
        grid.push(euro(v, f));
      }
      pvs.push(pv);
      const po = ctx.partyOrder.get(task.party.trim())!;
      const cells: (Cell | string | number | undefined)[] = [
        task.task, task.neighbourhood, task.party,
        euro(C, `${c('contractorHoursPerYear', i)}*${c('hourlyRate', i)}`),
        { v: start, f: `IF(ISBLANK(${c('startYear', i)}),${refs.setting('baseYear')},${c('startYear', i)})` },
        ...grid,
        euro(pv, `SUMPRODUCT(${colName(5)}${r}:${colName(4 + H)}${r},${Y}!$B$5:$${colName(H)}$5)`),
      ];
      for (let q = 0; q < ctx.parties.length; q++) cells.push(q === po ? euro(pv, `${colName(pvC)}${r}`) : undefined);
      ws.row(r++, cells);
    });
    blocks[kind] = { from, to: r - 1, pv: pvs };
    r++;
  }
  return { sheet: ws, blocks, pvCol: colName(pvC), partyCol: (p) => colName(partyC(p)) };
}

// ---------------------------------------------------------------- Comparison
export function comparisonSheet(
  env: Env, blocks: BlockSheets[], citizen: CitizenSheet | undefined, coFinancing: (CoFinancingSheet | undefined)[],
): SheetWriter {
  const { lang, plan, result } = env;
  const ctx = plan.ctx;
  const L = (k: string, p: Record<string, string> = {}) => t(lang, `formulas.col.${k}`, p);
  const ws = new SheetWriter(t(lang, 'formulas.sheet.comparison'), env.strings, [30, 18, 18, 18, 18, 18, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22]);
  ws.row(1, [t(lang, 'formulas.note.comparison')]);
  ws.row(3, [L('step'), L('financial'), L('societal'), L('financialExact'), L('societalExact')]);
  const cit = citizen ? sheetRef(citizen.sheet.name) : '';
  const citRange = (kind: 'contractor' | 'citizen' | 'volunteer', col: string) =>
    `SUM(${cit}!$${col}$${citizen!.blocks[kind].from}:$${col}$${citizen!.blocks[kind].to})`;
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const stepRow = new Map<StepId, number>();
  stepIds.forEach((step, i) => {
    const r = 4 + i;
    stepRow.set(step, r);
    const bi = plan.blockOf[step];
    const b = blocks[bi]!;
    const block = plan.blocks[bi]!;
    const WS = sheetRef(b.works.name);
    const PS = sheetRef(b.projects.name);
    const kind = step === 'integrated' ? 'citizen' : 'contractor';
    let fin = block.works.length ? [`SUM(${WS}!$${b.pvCol}$${first}:$${b.pvCol}$${b.lastRow})`] : [];
    let finV = sum(b.partyPV);
    if (citizen) {
      fin = [...fin, citRange(kind, citizen.pvCol)];
      finV += sum(citizen.blocks[kind].pv);
    }
    let soc = [`D${r}`];
    let socV = finV + b.disruptionPV;
    if (block.works.length) {
      soc.push(`SUM(${PS}!$V$${first}:$V$${b.projectLastRow})`, `SUM(${WS}!$${b.disruptionCol}$${first}:$${b.disruptionCol}$${b.lastRow})`);
    }
    if (citizen && step === 'integrated') {
      soc = [...soc, citRange('volunteer', citizen.pvCol)];
      socV += sum(citizen.blocks.volunteer.pv);
    }
    const sr = result.steps.find((x) => x.id === step)!;
    ws.row(r, [
      t(lang, `results.step.${step}`),
      euro(sr.pv.financial, `ROUND(ROUND(D${r},6),2)`), euro(sr.pv.societal, `ROUND(ROUND(E${r},6),2)`),
      euro(finV, fin.length ? fin.join('+') : '0'), euro(socV, soc.join('+')),
    ]);
  });
  ws.row(9, [L('savings'), L('financial'), L('societal')]);
  const pairs: [keyof ComputeResult['savings'], StepId, StepId][] = [
    ['bundling', 'separate', 'bundled'], ['differentiation', 'bundled', 'differentiated'],
    ['citizen', 'differentiated', 'integrated'], ['total', 'separate', 'integrated'],
  ];
  pairs.forEach(([k, a, b], i) => {
    const ra = stepRow.get(a)!;
    const rb = stepRow.get(b)!;
    ws.row(10 + i, [
      t(lang, `results.saving.${k}`),
      euro(result.savings[k].financial, `ROUND(B${ra}-B${rb},2)`), euro(result.savings[k].societal, `ROUND(C${ra}-C${rb},2)`),
    ]);
  });
  // Per party and step: its column on the step's Works sheet, its citizen tasks, its co-financing.
  const stepName = (st: StepId) => t(lang, `results.step.${st}`);
  ws.row(15, [L('party'), ...stepIds.map(stepName), L('saving'), ...stepIds.map((st) => L('exact', { step: stepName(st) })),
    ...stepIds.map((st) => L('cofinancing', { step: stepName(st) })),
    ...stepIds.map((st) => L('ownRounding', { step: stepName(st) })), ...stepIds.map((st) => L('remainder', { step: stepName(st) }))]);
  // MODEL.md splits a step's rounded total over the parties by largest remainder (splitExact):
  // each party rounded on its own (columns O–R), the cents still missing given one each to the
  // parties with the largest rounding error in the needed direction (S–V, quantised like the
  // engine's), ties to the earlier party. The rounding error of one part is under half a cent, so
  // fewer cents are missing than there are parties and no party needs more than one.
  const firstParty = 16;
  const lastParty = firstParty + ctx.parties.length - 1;
  const largestRemainder = (si: number, r: number): string => {
    const O = colName(14 + si), S = colName(18 + si);
    const missing = `ROUND(B${4 + si}*100-SUM(${O}$${firstParty}:${O}$${lastParty})*100,0)`;
    const errs = `${S}$${firstParty}:${S}$${lastParty}`;
    const tiesBefore = `SUMPRODUCT((${S}$${firstParty}:${S}${r}=${S}${r})*1)-1`;
    const rankUp = `SUMPRODUCT((${errs}>${S}${r})*1)+${tiesBefore}`;
    const rankDown = `SUMPRODUCT((${errs}<${S}${r})*1)+${tiesBefore}`;
    return `ROUND(${O}${r}+IF(${missing}>0,IF(${rankUp}<${missing},0.01,0),IF(${missing}<0,IF(${rankDown}<-${missing},-0.01,0),0)),2)`;
  };
  ctx.parties.forEach((party, p) => {
    const r = firstParty + p;
    const exact: Cell[] = [];
    const values: number[] = [];
    const cof: Cell[] = [];
    stepIds.forEach((step, si) => {
      const bi = plan.blockOf[step];
      const b = blocks[bi]!;
      const WS = sheetRef(b.works.name);
      const terms: string[] = [];
      let v = b.partyPV[p] as number;
      if (plan.blocks[bi]!.works.length) terms.push(`SUM(${WS}!$${b.partyCol(p)}$${first}:$${b.partyCol(p)}$${b.lastRow})`);
      if (citizen) {
        const kind = step === 'integrated' ? 'citizen' : 'contractor';
        terms.push(citRange(kind, citizen.partyCol(p)));
        citizen.blocks[kind].pv.forEach((x, i) => {
          if (env.scenario.citizenMaintenance[i]!.party.trim() === party) v += x;
        });
      }
      const cv = plan.cofinancingPV[step][p] as number;
      const cs = coFinancing[bi];
      cof.push(cs ? euro(cv, cs.partyFormula(p)) : euro(cv));
      terms.push(`${colName(10 + si)}${r}`);
      v += cv;
      values.push(v);
      exact.push(euro(v, terms.join('+')));
    });
    const pr = result.parties[p]!;
    ws.row(r, [
      party,
      ...stepIds.map((st, si) => euro(pr.pv[st], largestRemainder(si, r))),
      euro(pr.saving, `ROUND(B${r}-E${r},2)`),
      ...exact, ...cof,
      ...values.map((v, si) => euro(roundMoney(v), `ROUND(ROUND(${colName(6 + si)}${r},6),2)`)),
      ...values.map((v, si) => num(Math.round((v * 100 - toCents(v)) * 1e6) / 1e6, `ROUND((${colName(6 + si)}${r}-${colName(14 + si)}${r})*100,6)`)),
    ]);
  });
  return ws;
}

export type { Env };
