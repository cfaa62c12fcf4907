// Texts for the few problems only compute() raises (validation catches the rest with its own codes).
import { registerMessages } from '../i18n';

export const nl = {
  'model.variantUnresolved': 'Werk {work} hoort bij variantgroep {group}, maar varianten kunnen hier niet worden opgelost.',
  'model.allocationRuleFallback': 'De verdeelregel {rule} is nog niet beschikbaar; de gedeelde kosten zijn naar rato van de directe kosten verdeeld.',
};

export const en: typeof nl = {
  'model.variantUnresolved': 'Work {work} belongs to variant group {group}, but variants cannot be resolved here.',
  'model.allocationRuleFallback': 'The allocation rule {rule} is not available yet; shared costs were split pro rata direct cost.',
};

registerMessages(nl, en);
