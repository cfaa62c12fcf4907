// Texts of the measures and the balancing offer, nl + en.
import { registerMessages, type Catalogue } from './index';

export const nl: Catalogue = {
  'balancing.tooManyParties': 'De Shapley-verevening rekent met ten hoogste {max} betrokken partijen; dit scenario heeft er {parties}. Kies de sleutel "separate" of "equal".',
  'balancing.key.separate': 'naar rato van de kosten bij afzonderlijk uitvoeren',
  'balancing.key.equal': 'gelijk verdeeld',
  'balancing.key.shapley': 'Shapley-waarde van de samenwerking',
  'measures.na': 'n.v.t.',
  'measures.reason.noAdditionalInvestment': 'geen extra investering',
  'measures.reason.noOperationalSavings': 'geen besparing op exploitatie',
  'measures.reason.nothingToPayBack': 'niets terug te verdienen',
  'measures.reason.noPaybackWithinHorizon': 'niet terugverdiend binnen de horizon',
  'measures.reason.notPerParty': 'maatschappelijke kosten draagt geen partij',
};

export const en: Catalogue = {
  'balancing.tooManyParties': 'The Shapley balancing key handles at most {max} involved parties; this scenario has {parties}. Choose the key "separate" or "equal".',
  'balancing.key.separate': 'pro rata to the cost when done separately',
  'balancing.key.equal': 'equal shares',
  'balancing.key.shapley': 'Shapley value of the cooperation',
  'measures.na': 'n/a',
  'measures.reason.noAdditionalInvestment': 'no additional investment',
  'measures.reason.noOperationalSavings': 'no operational savings',
  'measures.reason.nothingToPayBack': 'nothing to pay back',
  'measures.reason.noPaybackWithinHorizon': 'no payback within the horizon',
  'measures.reason.notPerParty': 'societal costs are borne by no party',
};

registerMessages(nl, en);
