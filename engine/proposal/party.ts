// One party's figures for its own view: PV per step, projects with its share and key, co-financing
// per rule and year, cash against budget, capital charges, flag with its loss. Plain data from a
// ComputeResult, so the dashboard and the proposal show the same numbers.
import type { ComputeResult, StepId } from '../model/result';
import { stepIds } from '../model/result';

export interface PartyProject {
  id: string;
  neighbourhood: string;
  year: number;
  partners: string[];
  /** Own direct cost, nominal. */
  direct: number;
  /** The project's direct and shared cost, nominal. */
  projectDirect: number;
  shared: number;
  share: number;
}

export interface PartyFigures {
  party: string;
  pv: Record<StepId, number>;
  saving: number;
  ownsWorks: boolean;
  flagged: boolean;
  /** integrated − separate when positive. */
  loss: number;
  projects: PartyProject[];
  cofinancing: { rule: string; year: number; received: number; paid: number; cap: number | null; capReachedIn: number | null }[];
  cash: { year: number; cash: number; budget: number | null; balance: number | null }[];
  capital: { year: number; depreciation: number; interest: number; writeOff: number; total: number }[];
}

const c = (v: number) => Math.round(v * 100);

export function partyFigures(r: ComputeResult, party: string): PartyFigures {
  const p = r.parties.find((x) => x.id === party);
  if (!p) throw new Error(`unknown party ${party}`);
  const integrated = r.steps.find((s) => s.id === 'integrated')!;
  const esc = (y: number) => Math.pow(1 + r.settings.escalationRate, y - r.settings.baseYear);
  const direct = new Map<string, number>();
  for (const w of integrated.works) if (w.party === party) direct.set(w.project, (direct.get(w.project) ?? 0) + w.inputs.direct * esc(w.year));
  const projects = integrated.projects.filter((x) => x.parties.includes(party)).map((x) => ({
    id: x.id, neighbourhood: x.neighbourhood, year: x.year, partners: x.parties.filter((q) => q !== party),
    direct: c(direct.get(x.id) ?? 0) / 100, projectDirect: x.direct, shared: x.shared,
    share: x.allocation.find((a) => a.party === party)?.amount ?? 0,
  }));
  const cof = r.cofinancing?.find((s) => s.step === 'integrated');
  const uses = new Map((cof?.rules ?? []).map((u) => [u.rule, u]));
  const acc = new Map<string, PartyFigures['cofinancing'][number]>();
  for (const f of cof?.flows ?? []) {
    if (f.owner !== party && f.funder !== party) continue;
    const k = `${f.rule}\u0000${f.year}`;
    const u = uses.get(f.rule);
    const row = acc.get(k) ?? { rule: f.rule, year: f.year, received: 0, paid: 0, cap: u?.cap ?? null, capReachedIn: u?.capReachedIn ?? null };
    if (f.owner === party) row.received = (c(row.received) + c(f.amount)) / 100;
    if (f.funder === party) row.paid = (c(row.paid) + c(f.amount)) / 100;
    acc.set(k, row);
  }
  const budgets = new Map((r.budgets?.rows ?? []).filter((b) => b.party === party).map((b) => [b.year, b]));
  const cashRow = integrated.parties.find((x) => x.party === party)!.cash;
  const pv = {} as Record<StepId, number>;
  for (const id of stepIds) pv[id] = p.pv[id];
  return {
    party, pv, saving: p.saving, ownsWorks: p.ownsWorks, flagged: p.flagged,
    loss: Math.max(0, c(p.pv.integrated) - c(p.pv.separate)) / 100,
    projects,
    cofinancing: [...acc.values()],
    cash: r.years.map((year, i) => ({ year, cash: cashRow[i] as number, budget: budgets.get(year)?.budget ?? null, balance: budgets.get(year)?.balance ?? null })),
    capital: (r.capitalCharges?.find((s) => s.step === 'integrated')?.rows ?? []).filter((x) => x.party === party)
      .map((x) => ({ year: x.year, depreciation: x.depreciation, interest: x.interest, writeOff: x.writeOff, total: x.total })),
  };
}
