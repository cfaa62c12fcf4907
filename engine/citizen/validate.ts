// Checks of the CitizenMaintenance sheet that the schema cannot make: years against the horizon,
// and references. Fractions are range-checked here too, because a scenario can also come from the
// interface, not only through the schema.
import { problem, type Problem } from '../problems';
import type { Scenario } from '../scenario/schema';
import './messages';

const fractionFields = ['residentShare', 'dropoutRate', 'reserveRate'] as const;

export function validateCitizen(scenario: Pick<Scenario, 'settings' | 'citizenMaintenance' | 'neighbourhoods' | 'parties'>): Problem[] {
  const out: Problem[] = [];
  const { baseYear, horizonYears } = scenario.settings;
  const last = baseYear + horizonYears - 1;
  const nbs = new Set(scenario.neighbourhoods.map((n) => n.id));
  const parties = new Set(scenario.parties.map((p) => p.id));
  scenario.citizenMaintenance.forEach((t, index) => {
    const at = (field: string) => ({ sheet: 'citizenMaintenance' as const, index, field });
    const task = t.task || t.neighbourhood;
    if (t.startYear !== undefined && (t.startYear < baseYear || t.startYear > last)) {
      out.push(problem('citizen.startYearOutside', { startYear: t.startYear, task, from: baseYear, to: last }, at('startYear')));
    }
    for (const field of fractionFields) {
      const v = t[field];
      if (!(v >= 0 && v <= 1)) out.push(problem('citizen.fractionOutside', { field, task, value: v }, at(field)));
    }
    if (!nbs.has(t.neighbourhood)) out.push(problem('citizen.unknownNeighbourhood', { task, neighbourhood: t.neighbourhood }, at('neighbourhood')));
    if (!parties.has(t.party)) out.push(problem('citizen.unknownParty', { task, party: t.party }, at('party')));
  });
  return out;
}
