// What the Comparison sheet needs of a plan's Co-financing sheet; apart, so that the sheet writers
// and the co-financing writer each import it without importing each other.
import type { SheetWriter } from './xlsx';

export interface CoFinancingSheet {
  sheet: SheetWriter;
  /** Formula for party p's net co-financing present value in this block (+ paid, − received). */
  partyFormula: (p: number) => string;
}
