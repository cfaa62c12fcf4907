// Co-financing rules (MODEL.md "Parties, allocation and co-financing"). A rule's funder pays `share`
// of the direct cost of every execution (first executions and replacements) of a work carrying one
// of its tags (blank: every work) in fromYear … toYear, until its cap. The cap is in nominal euros
// and is consumed by the nominal (escalated) amounts, earliest year first, then work id — so a cap
// that runs out mid-year favours the lower work id. Rules apply in sheet order and together never
// pay more than an execution's direct cost. The amount moves from the owner to the funder; the
// residual-value credit is not touched here (it stays with the owner). A rule does not fund its own
// funder's works: paying yourself moves nothing, and it would eat the cap meant for others.
import type { CoFinancingRule } from '../scenario/schema';

export interface Execution {
  work: string;
  /** The owner (after variants are resolved). */
  party: string;
  year: number;
  /** Direct cost of this execution, nominal in `year`. */
  direct: number;
  tags: readonly string[];
  replacement: boolean;
}

export interface CoFinancingFlow {
  rule: string;
  funder: string;
  owner: string;
  work: string;
  year: number;
  replacement: boolean;
  /** Nominal euros in `year`, not rounded (rounding happens where amounts are reported). */
  amount: number;
}

export interface RuleUse {
  rule: string;
  funder: string;
  /** Nominal euros paid in total. */
  paid: number;
  cap: number | null;
  /** The year in which the cap ran out, if it did. */
  capReachedIn: number | null;
}

export interface CoFinancingOutcome {
  flows: CoFinancingFlow[];
  rules: RuleUse[];
}

/** Below this (euros) a remaining cap or direct cost counts as used up: float noise, not money. */
const dust = 1e-9;

const norm = (s: string): string => s.trim().toLowerCase();

export function ruleApplies(rule: CoFinancingRule, ex: Execution): boolean {
  if (rule.fromYear !== undefined && ex.year < rule.fromYear) return false;
  if (rule.toYear !== undefined && ex.year > rule.toYear) return false;
  return tagsMatch(rule, ex.tags);
}

/** A work carries one of the rule's tags (trimmed, case-insensitive), or the rule has none. */
export function tagsMatch(rule: CoFinancingRule, tags: readonly string[]): boolean {
  const wanted = rule.tags.map(norm).filter((t) => t !== '');
  if (wanted.length === 0) return true;
  const has = new Set(tags.map(norm));
  return wanted.some((t) => has.has(t));
}

/** Earliest year first, then work id as a plain string (ids are case-sensitive). */
export function capOrder(a: Pick<Execution, 'year' | 'work'>, b: Pick<Execution, 'year' | 'work'>): number {
  if (a.year !== b.year) return a.year - b.year;
  return a.work < b.work ? -1 : a.work > b.work ? 1 : 0;
}

export function applyCoFinancing(rules: readonly CoFinancingRule[], executions: readonly Execution[]): CoFinancingOutcome {
  const ordered = [...executions].sort(capOrder);
  // What is still fundable per execution once earlier rules have paid.
  const left = new Map<Execution, number>(ordered.map((e) => [e, e.direct]));
  const flows: CoFinancingFlow[] = [];
  const uses: RuleUse[] = [];
  for (const rule of rules) {
    let capLeft = rule.cap ?? Infinity;
    let paid = 0;
    let capReachedIn: number | null = null;
    for (const ex of ordered) {
      if (capLeft <= dust) break;
      if (ex.party === rule.funder || !ruleApplies(rule, ex)) continue;
      const room = left.get(ex) as number;
      const amount = Math.min(rule.share * ex.direct, capLeft, room);
      if (amount <= dust) continue;
      left.set(ex, room - amount);
      capLeft -= amount;
      paid += amount;
      if (capLeft <= dust && rule.cap !== undefined) capReachedIn = ex.year;
      flows.push({ rule: rule.id, funder: rule.funder, owner: ex.party, work: ex.work, year: ex.year, replacement: ex.replacement, amount });
    }
    uses.push({ rule: rule.id, funder: rule.funder, paid, cap: rule.cap ?? null, capReachedIn });
  }
  return { flows, rules: uses };
}
