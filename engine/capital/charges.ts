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

/** Per party (given order, then parties met on the way) and horizon year; each figure rounded to
 *  cents and the total the sum of the rounded figures, so a row adds up on paper. */
export function capitalCharges(input: CapitalInput): CapitalChargeRow[] {
  const book = new CapitalBook(input.baseYear, input.horizonYears, input.interestRate, input.parties);
  for (const a of input.activations) book.activate(a.party, a.year, a.lifetimeYears, a.amount);
  for (const e of input.existing) book.exist(e);
  for (const x of input.running) book.opex(x.party, x.year, x.amount);
  for (const x of input.contributions) book.contribution(x.party, x.year, x.amount);
  return book.rows();
}

// Figures per party-year in one array per party: depreciation, interest, write-off, opex and
// contributions of year B+i at 5i … 5i+4.
const DEP = 0, INT = 1, OFF = 2, OPEX = 3, CONTRIB = 4, FIGURES = 5;

/**
 * The charges summed as they are booked, without an object per booking: a city books ~65,000
 * activations per step, and the view feeds them here straight from the plan. Every figure is summed
 * in booking order, so booking what capitalCharges() is given, in its order, gives its rows.
 */
export class CapitalBook {
  private readonly last: number;
  private readonly table = new Map<string, Float64Array>();

  constructor(private readonly base: number, private readonly horizon: number, private readonly rate: number, parties: readonly string[]) {
    this.last = base + horizon - 1;
    for (const p of parties) this.table.set(p, new Float64Array(horizon * FIGURES));
  }

  /** A book with the same figures, to book on without changing this one. */
  copy(): CapitalBook {
    const out = new CapitalBook(this.base, this.horizon, this.rate, []);
    for (const [party, rows] of this.table) out.table.set(party, rows.slice());
    return out;
  }

  /** The party's figures, made when first needed (only for a charge inside the horizon). */
  private of(party: string): Float64Array {
    let rows = this.table.get(party);
    if (!rows) this.table.set(party, (rows = new Float64Array(this.horizon * FIGURES)));
    return rows;
  }

  private add(party: string, year: number, figure: number, amount: number): void {
    if (year < this.base || year > this.last) return;
    const rows = this.of(party);
    const k = (year - this.base) * FIGURES + figure;
    rows[k] = (rows[k] as number) + amount;
  }

  /** An execution in `year` activating `amount`, depreciated over t+1 … t+T with interest on the
   *  book value at the start of each year. */
  activate(party: string, year: number, lifetimeYears: number, amount: number): void {
    const B = this.base, T = lifetimeYears, dep = amount / T, r = this.rate;
    const first = Math.max(1, B - year);
    if (first > T || year + first > this.last) return;
    const rows = this.of(party);
    for (let k = first; k <= T && year + k <= this.last; k++) {
      const i = (year + k - B) * FIGURES;
      rows[i + DEP] = (rows[i + DEP] as number) + dep;
      rows[i + INT] = (rows[i + INT] as number) + r * (amount - (k - 1) * dep);
    }
  }

  exist(e: ExistingAsset): void {
    const B = this.base, r = this.rate;
    if (e.bookValue <= 0 || e.plannedYear <= B) return; // y = B with a book value is an input error upstream
    const n = e.plannedYear - B, dep = e.bookValue / n;
    const bookAtStart = (year: number) => e.bookValue - (year - 1 - B) * dep; // book value on 1 January
    // Executed in its planned year or later, the asset lives out its depreciation through y; only
    // an early execution (t < y) cuts it at t−1 and writes off what is left in t.
    const early = e.executedIn < e.plannedYear;
    const normalUntil = early ? e.executedIn - 1 : e.plannedYear;
    for (let year = B + 1; year <= normalUntil; year++) {
      this.add(e.party, year, DEP, dep);
      this.add(e.party, year, INT, r * bookAtStart(year));
    }
    if (early && e.executedIn >= B && e.executedIn <= this.last) {
      const left = e.executedIn > B ? bookAtStart(e.executedIn) : e.bookValue;
      this.add(e.party, e.executedIn, OFF, left);
      if (e.executedIn > B) this.add(e.party, e.executedIn, INT, r * left);
    }
  }

  /** Opex, deferral costs and maintenance, charged in their year. */
  opex(party: string, year: number, amount: number): void {
    this.add(party, year, OPEX, amount);
  }

  /** Co-financing paid to other parties' works, charged in its year. */
  contribution(party: string, year: number, amount: number): void {
    this.add(party, year, CONTRIB, amount);
  }

  rows(): CapitalChargeRow[] {
    const out: CapitalChargeRow[] = [];
    for (const [party, rows] of this.table) {
      for (let i = 0; i < this.horizon; i++) {
        const k = i * FIGURES;
        const c = {
          depreciation: toCents(rows[k + DEP] as number), interest: toCents(rows[k + INT] as number), writeOff: toCents(rows[k + OFF] as number),
          opex: toCents(rows[k + OPEX] as number), contributions: toCents(rows[k + CONTRIB] as number),
        };
        const total = c.depreciation + c.interest + c.writeOff + c.opex + c.contributions;
        out.push({
          party, year: this.base + i, depreciation: c.depreciation / 100, interest: c.interest / 100, writeOff: c.writeOff / 100,
          opex: c.opex / 100, contributions: c.contributions / 100, total: total / 100,
        });
      }
    }
    return out;
  }
}
