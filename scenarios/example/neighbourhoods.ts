// Four neighbourhoods of clearly different character. disruptionCostPerDay is the nuisance of one
// day of works for the households around a typical street project (MODEL.md: €5–25 per household
// per day): dense streets and shops cost more per day than a quiet village lane.
// infiltrationClass (1 poor – 3 good) and groundwaterDepth (m below surface) decide where rainwater
// can be disconnected and infiltrated (the variants of issue 3 read them).
import type { ScenarioInput } from '../../engine/scenario/schema';

export const neighbourhoods: ScenarioInput['neighbourhoods'] = [
  {
    id: 'oudzuid',
    name: 'Oud-Zuid (jaren 30, gemengd stelsel)',
    households: 2_400,
    // About 250 households and some shops along a street project, €16 per household per day.
    disruptionCostPerDay: 4_000,
    attributes: { infiltrationClass: 1, groundwaterDepth: 0.6, pavedShare: 0.75 },
  },
  {
    id: 'hoogveld',
    name: 'Hoogveld (jaren 70, naoorlogse wijk)',
    households: 1_800,
    disruptionCostPerDay: 2_400,
    attributes: { infiltrationClass: 2, groundwaterDepth: 0.9, pavedShare: 0.55 },
  },
  {
    id: 'waterrijk',
    name: 'Waterrijk (jaren 90, Vinex)',
    households: 3_100,
    disruptionCostPerDay: 1_800,
    attributes: { infiltrationClass: 2, groundwaterDepth: 0.7, pavedShare: 0.5 },
  },
  {
    id: 'eikelo',
    name: 'Dorpskern Eikelo',
    households: 650,
    disruptionCostPerDay: 900,
    attributes: { infiltrationClass: 3, groundwaterDepth: 2.2, pavedShare: 0.45 },
  },
];
