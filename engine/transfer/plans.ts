// Projects (with the source of their cost lines) and work plans in the streams of ./streams: the
// bulk of a city result (50,000 work plans per step, as many one-work projects in `separate`).
// Every field is written in the order the engine builds it, so a decoded object has the same keys
// in the same order, and the same values, as the one encoded.
import { lazyLines, unbuiltLineSource, type LineSource } from '../model/lines';
import type { CostKey, CostLine, ProjectResult, WorkPlan } from '../model/result';
import type { StreamReader, StreamWriter } from './streams';

/** What a part of a result shares: the lines' settings and the lines already built when packed. */
export interface LineShared {
  settings: Record<CostKey, Record<string, number>> | null;
  built: CostLine[][];
}

const projectKeys = 14;
const workPlanKeys = 10;

/** Whether every object has the engine's own shape (else the part is sent as it is). */
export const packableProjects = (ps: readonly ProjectResult[]): boolean => ps.every((p) => Object.keys(p).length === projectKeys);
export const packableWorkPlans = (ws: readonly WorkPlan[]): boolean => ws.every((w) => Object.keys(w).length === workPlanKeys);

/** Writes the projects and work plans of a result's steps into one writer, with what the lists
 *  have in common remembered between them: the small tables of the columns of few distinct
 *  strings, and the codes of the last work plan list's ids (every step lists the same works in the
 *  same order, and most of them in the same project as the step before). */
export class PlanWriter {
  private readonly neighbourhoods = new Map<string, number>();
  private readonly parties = new Map<string, number>();
  private readonly streets = new Map<string, number>();
  private last: { plans: readonly WorkPlan[]; works: Int32Array; projects: Int32Array } | null = null;

  constructor(private readonly w: StreamWriter, readonly shared: LineShared) {}

  /** Makes room for all the lists to be written, at once. */
  reserve(projects: readonly (readonly ProjectResult[])[], plans: readonly (readonly WorkPlan[])[]): void {
    const room = { nums: 0, ints: 0 };
    for (const ps of projects) projectsRoom(ps, room);
    for (const ws of plans) workPlansRoom(ws, room);
    this.w.reserve(room.nums, room.ints);
  }

  projects(projects: readonly ProjectResult[]): void {
    const w = this.w;
    for (const p of projects) {
      w.str(p.id);
      w.strOf(this.neighbourhoods, p.neighbourhood);
      w.num(p.year);
      w.int(p.works.length);
      const codes = p.works.map((x) => w.str(x));
      w.int(p.parties.length);
      for (const x of p.parties) w.strOf(this.parties, x);
      w.num(p.days);
      this.lines(p, codes);
      w.num(p.direct);
      w.num(p.shared);
      w.num(p.disruption);
      w.num(p.financial);
      w.num(p.pv.financial);
      w.num(p.pv.societal);
      w.int(p.allocation.length);
      for (const a of p.allocation) {
        w.strOf(this.parties, a.party);
        w.num(a.amount);
      }
      w.int(p.moved.length);
      for (const m of p.moved) {
        w.str(m.work);
        w.num(m.from);
        w.num(m.to);
      }
    }
  }

  // The source of the lines when they are not built yet and it refers to the project's own
  // arrays; otherwise the built lines themselves. `codes`: of the project's work ids, which the
  // source's works mostly repeat in the same order.
  private lines(p: ProjectResult, codes: readonly number[]): void {
    const w = this.w;
    const shared = this.shared;
    const src = unbuiltLineSource(p);
    shared.settings ??= src?.settings ?? null;
    if (src === undefined || src.ids !== p.works || src.c.parties !== p.parties || src.settings !== shared.settings) {
      w.int(-1 - shared.built.length);
      shared.built.push(p.lines);
      return;
    }
    w.int(src.works.length);
    src.works.forEach((x, i) => {
      w.strLike(x.id, p.works[i], codes[i]!);
      if (x.street === null) w.str(null);
      else w.strOf(this.streets, x.street);
      if (x.streetKey === null) w.str(null);
      else w.strOf(this.streets, x.streetKey);
      w.num(x.openedArea);
      w.num(x.plannedYear);
    });
    const c = src.c;
    w.num(src.perDay);
    w.num(c.direct); w.num(c.engineering); w.num(c.tender); w.num(c.participation); w.num(c.site); w.num(c.opening);
    w.num(c.coordination); w.num(c.deferral); w.num(c.disruption); w.num(c.days); w.num(c.sumDays); w.num(c.maxDays);
    w.nums64(src.directBy);
    w.nums64(src.deferralBy);
    w.num(src.t);
    w.num(src.f);
    w.num(src.esc);
  }

  workPlans(plans: readonly WorkPlan[]): void {
    const w = this.w;
    const last = this.last?.plans.length === plans.length ? this.last : null;
    const works = new Int32Array(plans.length);
    const projects = new Int32Array(plans.length);
    for (let k = 0; k < plans.length; k++) {
      const x = plans[k]!;
      const before = last?.plans[k];
      works[k] = before ? w.strLike(x.work, before.work, last!.works[k]!) : w.str(x.work);
      w.strOf(this.neighbourhoods, x.neighbourhood);
      w.strOf(this.parties, x.party);
      projects[k] = before ? w.strLike(x.project, before.project, last!.projects[k]!) : w.str(x.project);
      w.num(x.plannedYear);
      w.num(x.year);
      w.nums64(x.replacementYears);
      w.num(x.pv.replacements.financial);
      w.num(x.pv.replacements.societal);
      w.num(x.pv.opex);
      w.num(x.pv.residual);
      w.num(x.residualBase);
      const i = x.inputs;
      w.num(i.direct); w.num(i.lifetimeYears); w.num(i.currentOpex); w.num(i.annualOpex); w.num(i.window[0]); w.num(i.window[1]);
    }
    this.last = { plans, works, projects };
  }
}

interface Room { nums: number; ints: number }

// The room a list takes, counted as the writers above write it (a project's line source, when
// sent, has as many works and owner amounts as the project has works and parties).
function projectsRoom(projects: readonly ProjectResult[], room: Room): void {
  for (const p of projects) {
    const works = p.works.length;
    const parties = p.parties.length;
    room.nums += 8 + p.allocation.length + 2 * p.moved.length + 2 * works + 16 + 2 * parties;
    room.ints += 9 + 4 * works + parties + p.allocation.length + p.moved.length;
  }
}

function workPlansRoom(plans: readonly WorkPlan[], room: Room): void {
  for (const x of plans) room.nums += 13 + x.replacementYears.length;
  room.ints += 5 * plans.length;
}

export function readProjects(r: StreamReader, count: number, shared: LineShared): ProjectResult[] {
  const out = new Array<ProjectResult>(count);
  for (let k = 0; k < count; k++) {
    const p = { id: r.str(), neighbourhood: r.str(), year: r.num(), works: r.strs(), parties: r.strs(), days: r.num() } as ProjectResult;
    readLines(r, p, shared);
    p.direct = r.num();
    p.shared = r.num();
    p.disruption = r.num();
    p.financial = r.num();
    p.pv = { financial: r.num(), societal: r.num() };
    const na = r.int();
    p.allocation = new Array(na);
    for (let i = 0; i < na; i++) p.allocation[i] = { party: r.str(), amount: r.num() };
    const nm = r.int();
    p.moved = new Array(nm);
    for (let i = 0; i < nm; i++) p.moved[i] = { work: r.str(), from: r.num(), to: r.num() };
    out[k] = p;
  }
  return out;
}

function readLines(r: StreamReader, p: ProjectResult, shared: LineShared): void {
  const n = r.int();
  if (n < 0) {
    p.lines = shared.built[-1 - n]!;
    return;
  }
  const works = new Array<LineSource['works'][number]>(n);
  for (let i = 0; i < n; i++) {
    works[i] = { id: r.str(), street: r.strOrAbsent() as string | null, streetKey: r.strOrAbsent() as string | null, openedArea: r.num(), plannedYear: r.num() };
  }
  const perDay = r.num();
  const c = {
    parties: p.parties, direct: r.num(), engineering: r.num(), tender: r.num(), participation: r.num(), site: r.num(), opening: r.num(),
    coordination: r.num(), deferral: r.num(), disruption: r.num(), days: r.num(), sumDays: r.num(), maxDays: r.num(),
  };
  const directBy = r.nums64();
  const deferralBy = r.nums64();
  lazyLines(p, { settings: shared.settings!, perDay, c, works, ids: p.works, directBy, deferralBy, t: r.num(), f: r.num(), esc: r.num() });
}

export function readWorkPlans(r: StreamReader, count: number): WorkPlan[] {
  const out = new Array<WorkPlan>(count);
  for (let k = 0; k < count; k++) {
    out[k] = {
      work: r.str(), neighbourhood: r.str(), party: r.str(), project: r.str(), plannedYear: r.num(), year: r.num(),
      replacementYears: r.nums64(),
      pv: { replacements: { financial: r.num(), societal: r.num() }, opex: r.num(), residual: r.num() },
      residualBase: r.num(),
      inputs: { direct: r.num(), lifetimeYears: r.num(), currentOpex: r.num(), annualOpex: r.num(), window: [r.num(), r.num()] },
    };
  }
  return out;
}
