import { describe, expect, it } from 'vitest';
import { citizenHours, citizenPlans, citizenStreams } from '../../engine/citizen/plan';
import { planCitizenTask } from '../../engine/citizen/streams';
import { validateCitizen } from '../../engine/citizen/validate';
import { InputError } from '../../engine/problems';
import { citizenTaskSchema, scenarioSchema, type ScenarioInput } from '../../engine/scenario/schema';

const settings = { baseYear: 2025, horizonYears: 5 };
const task = citizenTaskSchema.parse({
  neighbourhood: 'N1', task: 'plantsoenen', party: 'gem', contractorHoursPerYear: 100, hourlyRate: 50,
  residentShare: 0.4, startYear: 2026, startupCost: 1000, coordinationPerYear: 300, materialsPerYear: 200,
  dropoutRate: 0.25, reserveRate: 0.1, residentHoursPerContractorHour: 1.5, volunteerHourValue: 20,
});

function scenario(tasks: ScenarioInput['citizenMaintenance']) {
  return scenarioSchema.parse({
    settings,
    neighbourhoods: [{ id: 'N1' }, { id: 'N2' }],
    parties: [{ id: 'gem' }],
    works: [],
    citizenMaintenance: tasks,
  });
}

describe('citizen maintenance, by hand', () => {
  it('follows share, drop-out, coordination, materials, reserve and start-up year by year', () => {
    const plan = planCitizenTask(task, 0, settings);
    expect(plan.contractorCost).toBe(5000);
    const rows = plan.years.map((y) => [y.year, y.share, y.cost, y.contractorHours, y.residentHours, y.volunteerValue]);
    const expected = [
      // year, s, cost, contractor hours, resident hours, volunteer value
      [2025, 0, 5000, 100, 0, 0],
      [2026, 0.4, 3000 + 300 + 200 + 200 + 1000, 60, 60, 1200],
      [2027, 0.3, 3500 + 500 + 150, 70, 45, 900],
      [2028, 0.225, 3875 + 500 + 112.5, 77.5, 33.75, 675],
      [2029, 0.16875, 4156.25 + 500 + 84.375, 83.125, 25.3125, 506.25],
    ];
    rows.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![j]!, 9)));
  });

  it('a blank startYear starts in the base year, with the start-up cost there', () => {
    const { startYear: _, ...rest } = task;
    const plan = planCitizenTask({ ...rest }, 0, settings);
    expect(plan.startYear).toBe(2025);
    expect(plan.years[0]!.cost).toBeCloseTo(3000 + 500 + 200 + 1000, 9);
    expect(plan.years[1]!.cost).toBeCloseTo(3500 + 500 + 150, 9);
  });

  it('steps before integrated pay contractor maintenance only; integrated pays the plan', () => {
    const s = scenario([task]);
    const [before] = citizenStreams(s, false);
    const [after] = citizenStreams(s, true);
    expect([...before!.financial]).toEqual([5000, 5000, 5000, 5000, 5000]);
    expect([...before!.societal]).toEqual([0, 0, 0, 0, 0]);
    expect(after!.financial[1]).toBeCloseTo(4700, 9);
    expect(after!.societal[1]).toBeCloseTo(1200, 9);
    expect(after!.party).toBe('gem');
    expect(after!.neighbourhood).toBe('N1');
  });

  it('reports an hours budget per neighbourhood and year', () => {
    const s = scenario([task, { ...task, task: 'bomen', contractorHoursPerYear: 10, residentShare: 0, startYear: 2025 }]);
    const hours = citizenHours(s);
    expect(hours).toHaveLength(5);
    expect(hours[1]).toEqual({ neighbourhood: 'N1', year: 2026, contractorHoursBefore: 110, contractorHours: 70, residentHours: 60 });
  });

  it('invariant: share 0 and no coordination, materials, start-up or reserve change nothing', () => {
    for (const dropoutRate of [0, 0.3, 1]) {
      const plain = { ...task, residentShare: 0, coordinationPerYear: 0, materialsPerYear: 0, startupCost: 0, reserveRate: 0, dropoutRate };
      const s = scenario([plain]);
      const [before] = citizenStreams(s, false);
      const [after] = citizenStreams(s, true);
      expect([...after!.financial]).toEqual([...before!.financial]);
      expect([...after!.societal]).toEqual([0, 0, 0, 0, 0]);
    }
  });
});

describe('citizen maintenance, bad input', () => {
  it('a startYear outside the horizon is an input error naming sheet, index and field', () => {
    for (const startYear of [2024, 2030]) {
      const s = scenario([{ ...task, startYear }]);
      expect(() => citizenPlans(s)).toThrow(InputError);
      expect(validateCitizen(s)).toEqual([expect.objectContaining({
        code: 'citizen.startYearOutside', sheet: 'citizenMaintenance', index: 0, field: 'startYear',
        params: { startYear, task: 'plantsoenen', from: 2025, to: 2029 },
      })]);
    }
  });
  it('a share outside 0–1 is refused by the schema and by the engine guard', () => {
    expect(citizenTaskSchema.safeParse({ ...task, residentShare: 1.2 }).success).toBe(false);
    expect(citizenTaskSchema.safeParse({ ...task, residentShare: -0.1 }).success).toBe(false);
    const s = scenario([task]);
    const edited = { ...s, citizenMaintenance: [{ ...task, residentShare: 1.2 }] };
    expect(validateCitizen(edited)).toEqual([expect.objectContaining({
      code: 'citizen.fractionOutside', index: 0, field: 'residentShare',
    })]);
    expect(() => citizenPlans(edited)).toThrow(InputError);
  });
  it('unknown neighbourhood or party', () => {
    const s = scenario([{ ...task, neighbourhood: 'X', party: 'Y' }]);
    expect(validateCitizen(s).map((p) => p.code)).toEqual(['citizen.unknownNeighbourhood', 'citizen.unknownParty']);
  });
});
