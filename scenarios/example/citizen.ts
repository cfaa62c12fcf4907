// Citizen-run maintenance (zelfbeheer) in the example (issue 3): residents of two neighbourhoods
// take over part of the green maintenance. Contractor green maintenance costs €45–65 an hour
// (MODEL.md). The municipality pays a neighbourhood coordinator, tools and plants, and keeps a
// reserve for re-tendering what residents drop; a few percent of the volunteers stop every year.
// Volunteer time is valued at €15 an hour in the societal perspective (nobody pays it).
import type { ScenarioInput } from '../../engine/scenario/schema';
import type { ExampleExtension } from './extension';

type CitizenInput = NonNullable<ScenarioInput['citizenMaintenance']>[number];

export const citizenTasks: CitizenInput[] = [
  {
    neighbourhood: 'hoogveld', task: 'Plantsoenen en boomspiegels onderhouden', party: 'gem-groen',
    contractorHoursPerYear: 1_200, hourlyRate: 55, residentShare: 0.35, startYear: 2027,
    startupCost: 15_000, coordinationPerYear: 5_000, materialsPerYear: 2_000, dropoutRate: 0.03,
    reserveRate: 0.15, residentHoursPerContractorHour: 1.5, volunteerHourValue: 15,
  },
  {
    neighbourhood: 'waterrijk', task: "Wadi's en bermen maaien en schoonhouden", party: 'gem-groen',
    contractorHoursPerYear: 800, hourlyRate: 52, residentShare: 0.4, startYear: 2028,
    startupCost: 10_000, coordinationPerYear: 3_500, materialsPerYear: 1_500, dropoutRate: 0.04,
    reserveRate: 0.2, residentHoursPerContractorHour: 1.4, volunteerHourValue: 15,
  },
];

export const addCitizenMaintenance: ExampleExtension = (s) => ({
  ...s,
  citizenMaintenance: [...(s.citizenMaintenance ?? []), ...citizenTasks],
});
