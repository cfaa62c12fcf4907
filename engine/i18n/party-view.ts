// Texts of the party view in the dashboard, nl + en.
import { registerMessages, type Catalogue } from './index';
import './balancing';

export const nl: Catalogue = {
  'party.title': 'Partijoverzicht',
  'party.choose': 'Partij',
  'party.open': 'Toon partij {party}',
  'party.pvPerStep': 'Contante waarde per stap (financieel)',
  'party.saving': 'Besparing afzonderlijk → integraal',
  'party.societalNote': 'Maatschappelijk perspectief per partij: n.v.t. — hinder en vrijwilligerstijd draagt geen partij; de maatschappelijke kengetallen gelden voor het scenario.',
  'party.measures': 'Kengetallen tegen afzonderlijk',
  'party.projects': 'Projecten (integraal)',
  'party.why': 'Regel {rule}; sleutel {key}',
  'party.cofinancing': 'Cofinanciering (integraal)',
  'party.noCofinancing': 'Geen cofinanciering voor deze partij.',
  'party.cash': 'Kas per jaar tegen budget (integraal)',
  'party.capital': 'Kapitaallasten per jaar (integraal)',
  'party.flag': 'Beoordeling',
  'party.flag.ok': 'Aanvaardbaar: deze partij betaalt integraal niet meer dan afzonderlijk.',
  'party.flag.none': 'Geen eigen werken: alleen financier of betrokkene.',
  'party.flag.loses': 'Niet aanvaardbaar: deze partij betaalt integraal {amount} meer dan afzonderlijk.',
  'party.remedy.transfer': 'Verevening ({key}): deze partij ontvangt {amount} en houdt dan {saving} besparing over.',
  'party.remedy.rules': 'Probeer andere toerekeningsregels',
  'party.remedy.tried': 'Geprobeerd: {rules}.',
  'party.remedy.ruleOk': 'Onder {rule} verliest deze partij niet (besparing {saving}).',
  'party.remedy.noRule': 'Onder geen van deze regels blijft deze partij zonder verlies; alleen de verevening maakt haar heel.',
  'party.col.step': 'Stap',
  'party.col.pv': 'Contante waarde',
};

export const en: Catalogue = {
  'party.title': 'Party view',
  'party.choose': 'Party',
  'party.open': 'Show party {party}',
  'party.pvPerStep': 'Present value per step (financial)',
  'party.saving': 'Saving separate → integrated',
  'party.societalNote': 'Societal perspective per party: n/a — disruption and volunteer time are borne by no party; the societal measures are the scenario’s.',
  'party.measures': 'Measures against separate',
  'party.projects': 'Projects (integrated)',
  'party.why': 'Rule {rule}; key {key}',
  'party.cofinancing': 'Co-financing (integrated)',
  'party.noCofinancing': 'No co-financing for this party.',
  'party.cash': 'Cash per year against budget (integrated)',
  'party.capital': 'Capital charges per year (integrated)',
  'party.flag': 'Assessment',
  'party.flag.ok': 'Acceptable: this party pays no more integrated than separate.',
  'party.flag.none': 'No works of its own: funder or involved party only.',
  'party.flag.loses': 'Not acceptable: this party pays {amount} more integrated than separate.',
  'party.remedy.transfer': 'Balancing ({key}): this party receives {amount} and is then left with a saving of {saving}.',
  'party.remedy.rules': 'Try other allocation rules',
  'party.remedy.tried': 'Tried: {rules}.',
  'party.remedy.ruleOk': 'Under {rule} this party does not lose (saving {saving}).',
  'party.remedy.noRule': 'Under none of these rules does this party come out without a loss; only balancing makes it whole.',
  'party.col.step': 'Step',
  'party.col.pv': 'Present value',
};

registerMessages(nl, en);
