// Texts for CitizenMaintenance (Zelfbeheer) problems.
import { registerMessages } from '../i18n';

export const nl = {
  'citizen.startYearOutside': 'Startjaar {startYear} van taak "{task}" ligt buiten de horizon {from}–{to}.',
  'citizen.fractionOutside': '{field} van taak "{task}" is {value}; dat moet tussen 0 en 1 liggen (een percentage als 25% of 0,25).',
  'citizen.unknownNeighbourhood': 'Taak "{task}" noemt wijk {neighbourhood}, die niet op het blad Wijken staat.',
  'citizen.unknownParty': 'Taak "{task}" noemt partij {party}, die niet op het blad Partijen staat.',
};

export const en: typeof nl = {
  'citizen.startYearOutside': 'Start year {startYear} of task "{task}" lies outside the horizon {from}–{to}.',
  'citizen.fractionOutside': '{field} of task "{task}" is {value}; it must lie between 0 and 1 (a percentage such as 25% or 0.25).',
  'citizen.unknownNeighbourhood': 'Task "{task}" names neighbourhood {neighbourhood}, which is not on the Neighbourhoods sheet.',
  'citizen.unknownParty': 'Task "{task}" names party {party}, which is not on the Parties sheet.',
};

registerMessages(nl, en);
