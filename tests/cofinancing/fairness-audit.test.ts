// Issue 4's fairness through the real engine: a party that loses is "flagged, with the amount", in
// compute(), the --json summary and the CLI's readable summary; and the core check of every
// multi-party project, with c(S) recomputed here from MODEL.md's cost table rather than taken
// from the engine's game.
import { describe, expect, it } from 'vitest';
import { summaryText } from '../../cli/summary-text';
import { formatEuro, t } from '../../engine/i18n';
import '../../engine/i18n/cli';
import { compute } from '../../engine/compute';
import { makeContext } from '../../engine/model/context';
import { resolveAll, type ResolvedWork } from '../../engine/model/resolve';
import type { ComputeResult } from '../../engine/model/result';
import { toSummaryJson } from '../../engine/model/summary';
import { scenarioSchema, type AllocationRule, type Scenario } from '../../engine/scenario/schema';
import { buildExample } from '../../scenarios/example';
import { zeroCosts } from '../engine/helpers';

const at = '2026-06-01T12:00:00.000Z';

function losing(rule: AllocationRule): Scenario {
  return scenarioSchema.parse({
    settings: { baseYear: 2026, horizonYears: 10, ...zeroCosts, tenderFixed: 20_000, coordinationPerExtraParty: 10_000, bundleMode: 'optimal', allocationRule: rule },
    neighbourhoods: [{ id: 'N1' }],
    parties: [{ id: 'gem', name: 'Gemeente' }, { id: 'ws', name: 'Waterschap' }, { id: 'rijk', name: 'Rijk' }],
    works: [
      { id: 'WA', neighbourhood: 'N1', party: 'gem', plannedYear: 2028, quantity: 1, unitCost: 90_000, lifetimeYears: 100 },
      { id: 'WB', neighbourhood: 'N1', party: 'ws', plannedYear: 2028, quantity: 1, unitCost: 10_000, lifetimeYears: 100 },
    ],
  });
}

// By hand, r = 0, horizon 2026–2035. Each work is executed in 2028 in every step; its residual
// credit is D × (2028 + 100 − 2035) / 100 = 0.93 D, so it costs 0.07 D net.
// separate: each work its own project with one tender of 20,000.
//   gem 6,300 + 20,000 = 26,300;  ws 700 + 20,000 = 20,700.
// integrated (optimal bundles both: 20,000 + 10,000 coordination = 30,000 < 40,000 shared):
//   direct rule 90,000 : 10,000 → gem 27,000, ws 3,000.
//   gem 6,300 + 27,000 = 33,300: loses 7,000 → flagged;  ws 700 + 3,000 = 3,700: saves 17,000.
// rijk owns nothing: 0 and 0.
describe('a losing owner party is flagged, with the amount', () => {
  const r = compute(losing('direct'), { computedAt: at });

  it('in compute(): fairness.parties[].loss = integrated − separate, 0 for the others', () => {
    expect(r.fairness!.parties).toEqual([
      { party: 'gem', separatePV: 26_300, integratedPV: 33_300, saving: -7_000, loss: 7_000, ownsWorks: true, flagged: true },
      { party: 'ws', separatePV: 20_700, integratedPV: 3_700, saving: 17_000, loss: 0, ownsWorks: true, flagged: false },
      { party: 'rijk', separatePV: 0, integratedPV: 0, saving: 0, loss: 0, ownsWorks: false, flagged: false },
    ]);
    expect(r.parties.map((p) => [p.id, p.saving, p.flagged])).toEqual([['gem', -7_000, true], ['ws', 17_000, false], ['rijk', 0, false]]);
    // The plan is good for the whole: 47,000 → 37,000 (one tender less, one coordination more).
    expect(r.savings.total.financial).toBe(10_000);
  });

  it('in the --json summary', () => {
    const json = toSummaryJson(r);
    expect(json.parties).toEqual([
      { id: 'gem', separatePV: 26_300, integratedPV: 33_300, saving: -7_000, flagged: true },
      { id: 'ws', separatePV: 20_700, integratedPV: 3_700, saving: 17_000, flagged: false },
      { id: 'rijk', separatePV: 0, integratedPV: 0, saving: 0, flagged: false },
    ]);
    expect(json.fairness.parties.find((p) => p.party === 'gem')).toMatchObject({ loss: 7_000, flagged: true });
  });

  it.each(['en', 'nl'] as const)('in the CLI summary (%s): the flag on the losing party\'s line, with its amount', (lang) => {
    const lines = summaryText(r, lang).split('\n');
    const line = (name: string) => {
      const hit = lines.filter((l) => l.includes(name));
      expect(hit, name).toHaveLength(1);
      return hit[0]!;
    };
    const flag = t(lang, 'cli.summary.flag');
    expect(line('Gemeente')).toContain(flag);
    expect(line('Gemeente')).toContain(formatEuro(lang, -7_000, 2));
    expect(line('Waterschap')).not.toContain(flag);
    expect(line('Rijk')).not.toContain(flag);
    expect(lines).toContain(t(lang, 'cli.summary.flagNote'));
  });

  it('under shapley the same plan is acceptable to both, and nobody is flagged', () => {
    // c({gem}) = c({ws}) = 20,000, c(both) = 30,000: 15,000 each. gem 6,300 + 15,000 = 21,300.
    const s = compute(losing('shapley'), { computedAt: at });
    expect(s.fairness!.parties.map((p) => [p.party, p.integratedPV, p.loss, p.flagged])).toEqual([
      ['gem', 21_300, 0, false], ['ws', 15_700, 0, false], ['rijk', 0, 0, false],
    ]);
    expect(summaryText(s, 'en')).not.toContain(t('en', 'cli.summary.flagNote'));
  });
});

// ---- The core check on the example -------------------------------------------------------------

const cents = (x: number): number => Math.round(Number(x.toFixed(6)) * 100);

/** MODEL.md's shared costs of a project of `works` in `year`, nominal (escalated), in euros. */
function sharedCostByHand(s: Scenario, works: readonly ResolvedWork[], year: number): number {
  const st = s.settings;
  const direct = works.reduce((a, w) => a + w.direct, 0);
  const d = works.map((w) => w.durationDays);
  const maxD = Math.max(...d);
  const days = maxD + st.sequentialShare * (d.reduce((a, b) => a + b, 0) - maxD);
  const streets = new Map<string, number>();
  works.forEach((w, i) => {
    const key = w.street === null || w.street.trim() === '' ? `\u0000own ${i}` : w.street.trim().toLowerCase();
    streets.set(key, Math.max(streets.get(key) ?? 0, w.openedArea));
  });
  const opened = [...streets.values()].reduce((a, b) => a + b, 0);
  const parties = new Set(works.map((w) => w.party)).size;
  const base = st.engineeringFixed + st.engineeringRate * direct + st.tenderFixed + st.participationFixed
    + st.siteFixed + st.sitePerDay * days + st.openingCostPerM2 * opened + st.coordinationPerExtraParty * (parties - 1);
  return base * (1 + st.escalationRate) ** (year - st.baseYear);
}

interface Checked {
  project: string;
  parties: string[];
  /** Per coalition (party ids): what it pays and c(S), in cents. */
  coalitions: { members: string[]; pays: number; alone: number }[];
  shared: number;
}

/** Every multi-party project of the integrated step, every proper coalition, c(S) by hand. */
function coreByHand(s: Scenario, r: ComputeResult): Checked[] {
  const resolved = new Map(resolveAll(makeContext(s)).integrated.map((w) => [w.id, w]));
  const step = r.steps.find((x) => x.id === 'integrated')!;
  return r.allocation!.projects.map((a) => {
    const project = step.projects.find((p) => p.id === a.project)!;
    const works = project.works.map((id) => resolved.get(id)!);
    const parties = a.parties.map((p) => p.party);
    const coalitions: Checked['coalitions'] = [];
    for (let mask = 1; mask < (1 << parties.length) - 1; mask++) {
      const members = parties.filter((_, i) => mask & (1 << i));
      const pays = a.parties.filter((p) => members.includes(p.party)).reduce((x, p) => x + cents(p.amount), 0);
      const alone = cents(sharedCostByHand(s, works.filter((w) => members.includes(w.party)), a.year));
      coalitions.push({ members, pays, alone });
    }
    return { project: a.project, parties, coalitions, shared: cents(sharedCostByHand(s, works, a.year)) };
  });
}

describe('the core check through compute() on the example', () => {
  const example = buildExample();
  const withRule = (rule: AllocationRule): Scenario => ({ ...example, settings: { ...example.settings, allocationRule: rule } });

  describe('direct', () => {
    const s = withRule('direct');
    const r = compute(s, { computedAt: at });
    const byHand = coreByHand(s, r);

    it('checks every multi-party project of the integrated step, whose shared cost the table reproduces', () => {
      const multi = r.steps.find((x) => x.id === 'integrated')!.projects.filter((p) => p.parties.length > 1);
      expect(r.allocation!.rule).toBe('direct');
      expect(r.allocation!.projects.map((p) => p.project)).toEqual(multi.map((p) => p.id));
      for (const p of r.allocation!.projects) {
        expect(cents(p.shared), p.project).toBe(byHand.find((h) => h.project === p.project)!.shared);
        expect(p.parties.reduce((x, q) => x + cents(q.amount), 0)).toBe(cents(p.shared));
      }
    });

    it('names, for each project outside the core, a coalition that pays more than its own works would cost it', () => {
      const outside = r.allocation!.projects.filter((p) => p.violation !== null);
      expect(outside.length).toBeGreaterThanOrEqual(8);
      expect(outside.length).toBeLessThanOrEqual(10);
      for (const p of outside) {
        const v = p.violation!;
        expect(p.inCore).toBe(false);
        const h = byHand.find((x) => x.project === p.project)!;
        const mine = h.coalitions.find((c) => c.members.join() === v.coalition.join())!;
        expect(mine, `${p.project}: ${v.coalition.join()}`).toBeDefined();
        expect(cents(v.alone), p.project).toBe(mine.alone);
        expect(cents(v.pays), p.project).toBe(mine.pays);
        expect(mine.alone).toBeLessThan(mine.pays);
        expect(cents(v.excess)).toBe(mine.pays - mine.alone);
        // The one named is the coalition that objects most.
        expect(mine.pays - mine.alone).toBe(Math.max(...h.coalitions.map((c) => c.pays - c.alone)));
      }
    });

    it('finds no objecting coalition in the projects it calls in the core', () => {
      for (const p of r.allocation!.projects.filter((x) => x.violation === null)) {
        expect(p.inCore).toBe(true);
        for (const c of byHand.find((x) => x.project === p.project)!.coalitions) expect(c.pays, `${p.project} ${c.members.join()}`).toBeLessThanOrEqual(c.alone);
      }
    });

    it('fairness.outsideCore lists exactly those projects', () => {
      const expected = byHand.filter((h) => h.coalitions.some((c) => c.pays > c.alone)).map((h) => h.project);
      expect(r.fairness!.outsideCore.map((o) => o.project)).toEqual(expected);
      expect(r.fairness!.outsideCore).toEqual(
        r.allocation!.projects.filter((p) => p.violation).map((p) => ({ project: p.project, violation: p.violation })),
      );
      expect(toSummaryJson(r).fairness.outsideCore).toEqual(r.fairness!.outsideCore);
    });
  });

  describe('shapley', () => {
    const s = withRule('shapley');
    const r = compute(s, { computedAt: at });
    const byHand = coreByHand(s, r);

    it('puts no project of two or three parties outside the core', () => {
      const small = r.allocation!.projects.filter((p) => p.parties.length >= 2 && p.parties.length <= 3);
      expect(small.length).toBeGreaterThan(0);
      for (const p of small) {
        expect(p).toMatchObject({ inCore: true, violation: null });
        for (const c of byHand.find((x) => x.project === p.project)!.coalitions) expect(c.pays, `${p.project} ${c.members.join()}`).toBeLessThanOrEqual(c.alone);
        expect(r.fairness!.outsideCore.map((o) => o.project)).not.toContain(p.project);
      }
    });
  });
});
