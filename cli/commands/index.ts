// The commands of `koppelkans`: a new command is one entry here plus its module.
import { mapLayers } from '../../engine/map/layers';
import { stepIds } from '../../engine/model/result';
import { balancingKeys } from '../../engine/balancing/keys';
import { allocationRules } from '../../engine/scenario/schema';
import { langOption } from '../lang';
import type { Command } from './command';

export const commands: Readonly<Record<string, Command>> = {
  compute: {
    spec: { flags: ['json', 'formulas'], options: { ...langOption, rule: { choices: allocationRules }, key: { choices: balancingKeys }, out: {} } },
    load: async () => (await import('./compute')).runCompute,
  },
  proposal: {
    spec: { flags: ['all'], options: { ...langOption, party: {}, key: { choices: balancingKeys }, rule: { choices: allocationRules }, out: {} } },
    load: async () => (await import('./proposal')).runProposal,
  },
  template: {
    spec: { flags: [], options: { ...langOption } },
    load: async () => (await import('./template')).runTemplate,
  },
  example: {
    spec: { flags: [], options: { ...langOption } },
    load: async () => (await import('./example')).runExample,
  },
  'import-planning': {
    spec: { flags: [], options: { ...langOption, party: {}, mapping: {}, out: {} } },
    load: async () => (await import('./import-planning')).runImportPlanning,
  },
  sensitivity: {
    spec: {
      flags: ['json', 'replan'],
      options: {
        ...langOption, iterations: {}, seed: {}, out: {}, 'break-even': {},
        saving: { choices: ['total', 'bundling', 'differentiation', 'citizen'] }, perspective: { choices: ['financial', 'societal'] },
      },
    },
    load: async () => (await import('./sensitivity')).runSensitivity,
  },
  'import-geometry': {
    spec: { flags: [], options: { ...langOption, key: {}, out: {} } },
    load: async () => (await import('./import-geometry')).runImportGeometry,
  },
  map: {
    spec: { flags: [], options: { ...langOption, layer: { choices: mapLayers }, step: { choices: stepIds }, out: {} } },
    load: async () => (await import('./map')).runMap,
  },
};
