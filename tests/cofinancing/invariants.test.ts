import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { buildExample } from '../../scenarios/example';
import { smallScenario } from './fixture';

const at = '2026-06-01T12:00:00.000Z';
const c = (v: number) => Math.round(v * 100);

describe('co-financing invariants on the example and the small case, every step and rule', () => {
  for (const [name, scenario] of [['example', buildExample()], ['small', smallScenario({ allocationRule: 'shapley' })]] as const) {
    const r = compute(scenario, { computedAt: at });

    it(`${name}: no rule pays past its cap or outside its years, no execution gets more than its direct cost`, () => {
      const direct = new Map(scenario.works.map((w) => [w.id, w]));
      for (const step of r.cofinancing!) {
        for (const rule of scenario.coFinancing) {
          const flows = step.flows.filter((f) => f.rule === rule.id);
          if (rule.cap !== undefined) expect(flows.reduce((s, f) => s + c(f.amount), 0)).toBeLessThanOrEqual(c(rule.cap));
          for (const f of flows) {
            if (rule.fromYear !== undefined) expect(f.year).toBeGreaterThanOrEqual(rule.fromYear);
            if (rule.toYear !== undefined) expect(f.year).toBeLessThanOrEqual(rule.toYear);
            expect(f.funder).not.toBe(f.owner);
          }
        }
        const perExecution = new Map<string, number>();
        for (const f of step.flows) perExecution.set(`${f.work}@${f.year}`, (perExecution.get(`${f.work}@${f.year}`) ?? 0) + f.amount);
        const plans = new Map(r.steps.find((s) => s.id === step.step)!.works.map((w) => [w.work, w]));
        for (const [key, amount] of perExecution) {
          const work = key.split('@')[0]!;
          const plan = plans.get(work)!;
          // No escalation in these scenarios: the direct cost of an execution is its base direct cost.
          expect(c(amount)).toBeLessThanOrEqual(c(plan.inputs.direct));
          expect(direct.has(work)).toBe(true);
        }
      }
    });

    it(`${name}: paid equals received in every step, to the cent within one cent per line`, () => {
      for (const step of r.cofinancing!) {
        const paid = step.lines.reduce((s, l) => s + c(l.paid), 0);
        const received = step.lines.reduce((s, l) => s + c(l.received), 0);
        expect(Math.abs(paid - received)).toBeLessThanOrEqual(step.lines.length);
      }
    });

    it(`${name}: allocations add up to each project's shared cost; parties add up to the step`, () => {
      for (const s of r.steps) {
        for (const p of s.projects) expect(p.allocation.reduce((a, x) => a + c(x.amount), 0)).toBe(c(p.shared));
        expect(s.parties.reduce((a, x) => a + c(x.pv), 0)).toBe(c(s.pv.financial));
      }
    });

    it(`${name}: capital charges rows add up and cover every party and horizon year of every step`, () => {
      for (const cc of r.capitalCharges!) {
        expect(cc.rows.length).toBe(scenario.parties.length * scenario.settings.horizonYears);
        for (const x of cc.rows) expect(c(x.total)).toBe(c(x.depreciation) + c(x.interest) + c(x.writeOff) + c(x.opex) + c(x.contributions));
      }
    });
  }
});
