// The capital-charge view (MODEL.md "Budget view"): what a municipal budget sees instead of cash.
// Every execution is activated (direct + allocated shared − co-financing received) and depreciated
// straight-line over its lifetime T in t+1 … t+T, with interest on the book value at the start of each
// year. An existing asset with a book value is depreciated over B+1 … y; executed early (t < y) its
// normal depreciation stops after t−1 and what is left is written off in t. Running costs (opex,
// deferral, maintenance) and contributions paid to other parties' works are charged in their year.
//
// Conventions (docs/method.md, "Capital charges"): the bookValue is the value at the end of B, so
// its charges start in B+1 like a new asset's start in t+1; in a write-off year the asset is still on
// the books on 1 January and bears interest; charges outside the horizon are not shown.

export interface Activation {
  work: string;
  party: string;
  /** Execution year t. */
  year: number;
  lifetimeYears: number;
  /** Nominal amount activated in t. */
  amount: number;
}

export interface ExistingAsset {
  work: string;
  party: string;
  bookValue: number;
  /** Planned year y: the end of its depreciation. */
  plannedYear: number;
  /** First execution year t of the work in this step. */
  executedIn: number;
}

export interface YearAmount {
  party: string;
  year: number;
  amount: number;
}

export interface CapitalChargeRow {
  party: string;
  year: number;
  depreciation: number;
  interest: number;
  writeOff: number;
  /** Opex, deferral costs and maintenance, charged in their year. */
  opex: number;
  /** Co-financing paid to other parties' works, charged in its year. */
  contributions: number;
  total: number;
}

export interface CapitalInput {
  baseYear: number;
  horizonYears: number;
  interestRate: number;
  parties: readonly string[];
  activations: readonly Activation[];
  existing: readonly ExistingAsset[];
  running: readonly YearAmount[];
  contributions: readonly YearAmount[];
}

import { toCents } from '../model/money';

type Acc = Omit<CapitalChargeRow, 'party' | 'year' | 'total'>;

/** Per party (given order, then parties met on the way) and horizon year; each figure rounded to
 *  cents and the total the sum of the rounded figures, so a row adds up on paper. */
export function capitalCharges(input: CapitalInput): CapitalChargeRow[] {
  const B = input.baseYear, H = input.horizonYears, last = B + H - 1, r = input.interestRate;
  const table = new Map<string, Acc[]>();
  for (const p of input.parties) {
    table.set(p, Array.from({ length: H }, () => ({ depreciation: 0, interest: 0, writeOff: 0, opex: 0, contributions: 0 })));
  }
  const at = (party: string, year: number): Acc | undefined => {
    if (year < B || year > last) return undefined;
    let rows = table.get(party);
    if (!rows) {
      rows = Array.from({ length: H }, () => ({ depreciation: 0, interest: 0, writeOff: 0, opex: 0, contributions: 0 }));
      table.set(party, rows);
    }
    return rows[year - B];
  };

  for (const a of input.activations) {
    const T = a.lifetimeYears, dep = a.amount / T;
    // The party's rows looked up once per activation, not per year (a city has ~100,000 activations
    // per step); only when a charge year falls in the horizon, as at() does.
    const first = Math.max(1, B - a.year);
    if (first > T || a.year + first > last) continue;
    const rows = (at(a.party, a.year + first) && table.get(a.party)) as Acc[];
    for (let k = first; k <= T && a.year + k <= last; k++) {
      const row = rows[a.year + k - B] as Acc;
      row.depreciation += dep;
      row.interest += r * (a.amount - (k - 1) * dep);
    }
  }

  for (const e of input.existing) {
    if (e.bookValue <= 0 || e.plannedYear <= B) continue; // y = B with a book value is an input error upstream
    const n = e.plannedYear - B, dep = e.bookValue / n;
    const bookAtStart = (year: number) => e.bookValue - (year - 1 - B) * dep; // book value on 1 January
    // Executed in its planned year or later, the asset lives out its depreciation through y; only
    // an early execution (t < y) cuts it at t−1 and writes off what is left in t.
    const early = e.executedIn < e.plannedYear;
    const normalUntil = early ? e.executedIn - 1 : e.plannedYear;
    for (let year = B + 1; year <= normalUntil; year++) {
      const row = at(e.party, year);
      if (!row) continue;
      row.depreciation += dep;
      row.interest += r * bookAtStart(year);
    }
    if (early) {
      const row = at(e.party, e.executedIn);
      if (row) {
        const left = e.executedIn > B ? bookAtStart(e.executedIn) : e.bookValue;
        row.writeOff += left;
        if (e.executedIn > B) row.interest += r * left;
      }
    }
  }

  for (const x of input.running) { const row = at(x.party, x.year); if (row) row.opex += x.amount; }
  for (const x of input.contributions) { const row = at(x.party, x.year); if (row) row.contributions += x.amount; }

  const out: CapitalChargeRow[] = [];
  for (const [party, rows] of table) {
    rows.forEach((v, i) => {
      const c = { depreciation: toCents(v.depreciation), interest: toCents(v.interest), writeOff: toCents(v.writeOff), opex: toCents(v.opex), contributions: toCents(v.contributions) };
      const total = c.depreciation + c.interest + c.writeOff + c.opex + c.contributions;
      out.push({
        party, year: B + i, depreciation: c.depreciation / 100, interest: c.interest / 100, writeOff: c.writeOff / 100,
        opex: c.opex / 100, contributions: c.contributions / 100, total: total / 100,
      });
    });
  }
  return out;
}
