// A planning thread's first real job would run on cold code. A new thread therefore plans a small
// synthetic city once, while the workbook is still being read on the calling thread and this core
// would idle: the very functions and object shapes of the real job, so that it runs on optimised
// code. Nothing of it is kept.
import { prepareCompute } from './compute';
import { PlanCache } from './model/plan-cache';
import { answerPlanRequest, planningOf, planRequests } from './model/plan-jobs';
import { scenarioSchema, type Scenario, type ScenarioInput } from './scenario/schema';
import { mulberry32 } from './uncertainty/rng';

/** Works per neighbourhood and neighbourhoods of the synthetic city: planned in about 0.1 s. */
const perNeighbourhood = 500;
const neighbourhoods = 4;

export function warmScenario(): Scenario {
  const rand = mulberry32(7);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const parties = ['gemeente', 'waterschap', 'netbeheerder'];
  const works: ScenarioInput['works'] = [];
  for (let n = 0; n < neighbourhoods; n++) {
    for (let w = 0; w < perNeighbourhood; w++) {
      const quantity = int(10, 400);
      works.push({
        id: `N${n}-${String(w).padStart(4, '0')}`, neighbourhood: `N${n}`, party: parties[w % parties.length]!,
        plannedYear: 2027 + int(0, 38), quantity, unitCost: int(50, 900), durationDays: int(2, 40),
        street: `S${int(1, 60)}`, openedArea: quantity * int(1, 4), maxAdvanceYears: int(0, 5), maxDeferYears: int(0, 3),
        lifetimeYears: int(25, 80), deferralCostPerYear: int(0, 5000), currentOpex: int(0, 500), annualOpex: int(0, 500),
      });
    }
  }
  return scenarioSchema.parse({
    settings: {
      baseYear: 2026, horizonYears: 40, tenderFixed: 25_000, engineeringFixed: 15_000, engineeringRate: 0.08,
      participationFixed: 10_000, siteFixed: 20_000, sitePerDay: 800, openingCostPerM2: 35, coordinationPerExtraParty: 5_000,
    },
    neighbourhoods: Array.from({ length: neighbourhoods }, (_, n) => ({ id: `N${n}`, households: 1000, disruptionCostPerDay: 900 })),
    parties: parties.map((id) => ({ id })),
    works,
  });
}

/** Plans the synthetic city on this thread, as a planning thread answers requests. */
export function warmUpPlanning(): void {
  const { ctx, resolved } = prepareCompute(warmScenario());
  const planning = planningOf(ctx, resolved, 'auto', new PlanCache(), false);
  for (const request of planRequests(ctx, planning, 1).requests) answerPlanRequest(request);
}
