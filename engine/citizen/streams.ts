// Citizen-run maintenance (zelfbeheer) per MODEL.md "Citizen-run maintenance": the yearly cost of
// each task, before and with residents taking a share, and the hours behind it. Amounts here are
// at base prices per horizon year (index 0 = baseYear); the engine escalates and discounts them
// like every other amount in that year.
import type { CitizenTask, Settings } from '../scenario/schema';

/** One horizon year of one task in the `integrated` step. */
export interface CitizenTaskYear {
  year: number;
  /** Residents' share s(τ); 0 before startYear. */
  share: number;
  contractorHours: number;
  residentHours: number;
  /** Financial cost paid by the task's party (base prices). */
  cost: number;
  /** Valued volunteer time: societal only, nobody pays it (base prices). */
  volunteerValue: number;
}

export interface CitizenTaskPlan {
  /** Position in the CitizenMaintenance sheet. */
  index: number;
  neighbourhood: string;
  task: string;
  party: string;
  contractorHoursPerYear: number;
  /** C = contractorHoursPerYear × hourlyRate: the yearly cost in the steps before `integrated`. */
  contractorCost: number;
  startYear: number;
  years: CitizenTaskYear[];
}

/** A blank startYear is the base year (MODEL.md). */
export function startYearOf(task: CitizenTask, settings: Pick<Settings, 'baseYear'>): number {
  return task.startYear ?? settings.baseYear;
}

/** s(τ) = residentShare × (1 − dropoutRate)^(τ − startYear) from startYear on, else 0. */
export function residentShareIn(task: CitizenTask, start: number, year: number): number {
  if (year < start) return 0;
  return task.residentShare * Math.pow(1 - task.dropoutRate, year - start);
}

export function planCitizenTask(
  task: CitizenTask,
  index: number,
  settings: Pick<Settings, 'baseYear' | 'horizonYears'>,
): CitizenTaskPlan {
  const C = task.contractorHoursPerYear * task.hourlyRate;
  const start = startYearOf(task, settings);
  const years: CitizenTaskYear[] = [];
  for (let i = 0; i < settings.horizonYears; i++) {
    const year = settings.baseYear + i;
    if (year < start) {
      years.push({ year, share: 0, contractorHours: task.contractorHoursPerYear, residentHours: 0, cost: C, volunteerValue: 0 });
      continue;
    }
    const s = residentShareIn(task, start, year);
    const cost = C * (1 - s) + task.coordinationPerYear + task.materialsPerYear + task.reserveRate * C * s
      + (year === start ? task.startupCost : 0);
    const residentHours = task.contractorHoursPerYear * s * task.residentHoursPerContractorHour;
    years.push({
      year,
      share: s,
      contractorHours: task.contractorHoursPerYear * (1 - s),
      residentHours,
      cost,
      volunteerValue: residentHours * task.volunteerHourValue,
    });
  }
  return {
    index, neighbourhood: task.neighbourhood, task: task.task, party: task.party,
    contractorHoursPerYear: task.contractorHoursPerYear, contractorCost: C,
    startYear: start, years,
  };
}

export function planCitizenMaintenance(
  tasks: readonly CitizenTask[],
  settings: Pick<Settings, 'baseYear' | 'horizonYears'>,
): CitizenTaskPlan[] {
  return tasks.map((t, i) => planCitizenTask(t, i, settings));
}

/** A yearly non-project cost stream of one task in one step, at base prices per horizon year
 *  (the shape of the engine's extra-stream seam, engine/model/extra-streams). */
export interface CitizenStream {
  key: string;
  party: string;
  neighbourhood: string;
  label: string;
  /** Financial, paid by `party`. */
  financial: Float64Array;
  /** Societal-only (valued volunteer time). */
  societal: Float64Array;
}

/** The task's stream in a step: contractor maintenance only before `integrated`, the plan in it. */
export function citizenStream(plan: CitizenTaskPlan, integrated: boolean): CitizenStream {
  return {
    key: `citizen/${plan.index}`,
    party: plan.party,
    neighbourhood: plan.neighbourhood,
    label: plan.task,
    financial: Float64Array.from(plan.years, (y) => (integrated ? y.cost : plan.contractorCost)),
    societal: Float64Array.from(plan.years, (y) => (integrated ? y.volunteerValue : 0)),
  };
}

/** The hours budget of one neighbourhood in one year (all its tasks). */
export interface HoursBudgetRow {
  neighbourhood: string;
  year: number;
  /** Contractor hours without zelfbeheer (the steps before `integrated`). */
  contractorHoursBefore: number;
  /** Contractor hours left with zelfbeheer. */
  contractorHours: number;
  /** Hours residents put in. */
  residentHours: number;
}

/** Per neighbourhood (in order of first appearance in `neighbourhoodOrder`) and year. */
export function hoursBudget(plans: readonly CitizenTaskPlan[], neighbourhoodOrder: readonly string[]): HoursBudgetRow[] {
  const byNb = new Map<string, Map<number, HoursBudgetRow>>();
  for (const p of plans) {
    let years = byNb.get(p.neighbourhood);
    if (!years) byNb.set(p.neighbourhood, (years = new Map()));
    for (const y of p.years) {
      let row = years.get(y.year);
      if (!row) {
        row = { neighbourhood: p.neighbourhood, year: y.year, contractorHoursBefore: 0, contractorHours: 0, residentHours: 0 };
        years.set(y.year, row);
      }
      row.contractorHoursBefore += p.contractorHoursPerYear;
      row.contractorHours += y.contractorHours;
      row.residentHours += y.residentHours;
    }
  }
  const order = [...neighbourhoodOrder, ...[...byNb.keys()].filter((n) => !neighbourhoodOrder.includes(n))];
  return order.flatMap((n) => [...(byNb.get(n)?.values() ?? [])]);
}
