// The parties that own works in the example: two municipal budgets (sewer charge and roads are
// separate budgets with their own controllers), green, the water board, and three utilities.
import type { ScenarioInput } from '../../engine/scenario/schema';

export const parties: ScenarioInput['parties'] = [
  { id: 'gem-riolering', name: 'Gemeente – riolering (GRP)', type: 'municipality' },
  { id: 'gem-wegen', name: 'Gemeente – wegen en verlichting', type: 'municipality' },
  { id: 'gem-groen', name: 'Gemeente – groen', type: 'municipality' },
  { id: 'waterschap', name: 'Waterschap Rijn en Veen', type: 'waterBoard' },
  { id: 'netbeheerder', name: 'Netbeheerder (stroom en gas)', type: 'utility' },
  { id: 'warmtebedrijf', name: 'Warmtebedrijf', type: 'utility' },
  { id: 'drinkwater', name: 'Drinkwaterbedrijf', type: 'utility' },
];
