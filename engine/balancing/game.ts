// The parties' cooperation as a savings game (docs/method.md "Balancing offer"): v(S) is what the
// members of coalition S save, separate → integrated, in the scenario that holds only the works of
// S's members — their works planned together, everyone else's works as in separate (untouched by
// S, so left out). Every party, neighbourhood, co-financing rule, citizen task and budget stays.
import { compute } from '../compute';
import { maxGameParties } from '../allocation/game';
import { InputError, problem } from '../problems';
import type { ComputeResult } from '../model/result';
import type { Scenario } from '../scenario/schema';
import '../i18n/balancing';

export interface SavingsGame {
  /** Parties that can change a coalition's saving, in Parties-sheet order; the rest are null players. */
  players: string[];
  /** v(mask) in cents, bit i = players[i]; v(0) = 0; v(full) = the scenario's total saving. */
  value: (mask: number) => number;
}

/** The owner of each work after variants are resolved (integrated step first, then separate). */
function owners(result: ComputeResult): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of ['separate', 'integrated'] as const) {
    for (const w of result.steps.find((s) => s.id === id)?.works ?? []) out.set(w.work, w.party);
  }
  return out;
}

export function savingsGame(scenario: Scenario, result: ComputeResult): SavingsGame {
  const owner = owners(result);
  const involved = new Set<string>([...owner.values()]);
  for (const r of scenario.coFinancing) involved.add(r.funder);
  for (const t of scenario.citizenMaintenance) involved.add(t.party);
  const players = scenario.parties.map((p) => p.id).filter((id) => involved.has(id));
  if (players.length > maxGameParties) {
    throw new InputError([problem('balancing.tooManyParties', { parties: players.length, max: maxGameParties }, { sheet: 'parties' })]);
  }
  const full = (1 << players.length) - 1;
  const totalCents = result.parties.reduce((a, p) => a + Math.round(p.saving * 100), 0);
  const cache = new Map<number, number>();
  const value = (mask: number): number => {
    if (mask === 0) return 0;
    if (mask === full) return totalCents;
    const known = cache.get(mask);
    if (known !== undefined) return known;
    const members = new Set(players.filter((_, i) => (mask & (1 << i)) !== 0));
    const works = scenario.works.filter((w) => members.has(owner.get(w.id) ?? w.party ?? ''));
    let v = 0;
    if (works.length > 0 || scenario.citizenMaintenance.some((t) => members.has(t.party))) {
      const r = compute({ ...scenario, works }, { computedAt: result.meta.computedAt });
      for (const p of r.parties) if (members.has(p.id)) v += Math.round(p.saving * 100);
    }
    cache.set(mask, v);
    return v;
  };
  return { players, value };
}
