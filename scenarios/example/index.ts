// The example scenario "Vier testwijken", built in code so it can be regenerated and reviewed.
// scenarios/build-example.ts writes it to scenarios/vier-testwijken.xlsx.
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../engine/scenario/schema';
import type { ExampleExtension } from './extension';
import { neighbourhoods } from './neighbourhoods';
import { parties } from './parties';
import { settingRanges, settings } from './settings';
import { works } from './works';
// Extensions: one import here and one entry in `extensions` below per module.
import { addVariants } from './variants';
import { addCitizenMaintenance } from './citizen';
import { addCoFinancing } from './cofinancing';
import { addGeometry } from './geometry';

const extensions: ExampleExtension[] = [
  addVariants,
  addCitizenMaintenance,
  addCoFinancing,
  addGeometry,
];

function baseExample(): ScenarioInput {
  // Fresh copies: callers (tests, the interface) may mutate what they get.
  return structuredClone({ settings, settingRanges, neighbourhoods, parties, works });
}

export function buildExample(): Scenario {
  const input = extensions.reduce((s, extend) => extend(s), baseExample());
  return scenarioSchema.parse(input);
}
