// Texts of the live what-if: the plan held while a slider moves, and what re-planning changed.
import { registerMessages, type Catalogue } from './index';

export const nl: Catalogue = {
  'live.held': 'plan vastgehouden',
  'live.heldDesc': 'Projecten, jaren en varianten blijven zoals berekend; alleen de bedragen veranderen. Bij loslaten wordt opnieuw gepland.',
  'live.replanning': 'opnieuw plannen…',
  'live.heldWaiting': 'bedragen volgen…',
  'live.replanned': 'opnieuw gepland: {count} projecten anders, besparing {diff} anders',
};

export const en: Catalogue = {
  'live.held': 'plan kept',
  'live.heldDesc': 'Projects, years and variants stay as computed; only the amounts change. Releasing the slider re-plans.',
  'live.replanning': 're-planning…',
  'live.heldWaiting': 'amounts follow…',
  'live.replanned': 're-planned: {count} projects changed, saving changed by {diff}',
};

registerMessages(nl, en);
