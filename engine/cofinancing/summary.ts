// The funder's contribution as its own line per party and year: what each party pays as funder and
// receives as owner, nominal euros rounded to cents per line.
import { toCents } from '../model/money';
import type { CoFinancingFlow } from './apply';

export interface CoFinancingLine {
  party: string;
  year: number;
  /** Paid as funder (nominal, cents exact). */
  paid: number;
  /** Received as owner, i.e. taken off its direct cost (nominal, cents exact). */
  received: number;
}

/** Lines for party-years with any flow, parties in the given order, then year. */
export function coFinancingLines(flows: readonly CoFinancingFlow[], partyOrder: readonly string[]): CoFinancingLine[] {
  const key = (p: string, y: number) => `${y}\u0000${p}`;
  const acc = new Map<string, { party: string; year: number; paid: number; received: number }>();
  const get = (party: string, year: number) => {
    const k = key(party, year);
    let v = acc.get(k);
    if (!v) acc.set(k, (v = { party, year, paid: 0, received: 0 }));
    return v;
  };
  for (const f of flows) {
    get(f.funder, f.year).paid += f.amount;
    get(f.owner, f.year).received += f.amount;
  }
  const rank = new Map(partyOrder.map((p, i) => [p, i]));
  return [...acc.values()]
    .sort((a, b) => (rank.get(a.party) ?? 1e9) - (rank.get(b.party) ?? 1e9) || a.year - b.year)
    .map((v) => ({ party: v.party, year: v.year, paid: toCents(v.paid) / 100, received: toCents(v.received) / 100 }));
}
