// What a person reads for a sheet's column: a label with its unit ("Duur (werkdagen)"), where the
// template's own column name (duurDagen) is what the file spells. One label per field key: a key
// means the same on every sheet it appears on. Shares are fractions in the grid, hence "(0–1)".
import type { Lang } from './index';

type Labels = Readonly<Record<string, string>>;

const nl: Labels = {
  id: 'Id', name: 'Naam', households: 'Huishoudens', disruptionCostPerDay: 'Hinderkosten per dag (€)',
  type: 'Soort', neighbourhood: 'Wijk', party: 'Partij', category: 'Categorie', description: 'Omschrijving',
  plannedYear: 'Gepland jaar', quantity: 'Hoeveelheid', unit: 'Eenheid', unitCost: 'Eenheidsprijs (€)',
  durationDays: 'Duur (werkdagen)', street: 'Straat', openedArea: 'Opengebroken (m²)',
  maxAdvanceYears: 'Max. vervroegen (jaren)', maxDeferYears: 'Max. uitstellen (jaren)', lifetimeYears: 'Levensduur (jaren)',
  deferralCostPerYear: 'Uitstelkosten per jaar (€)', currentOpex: 'Huidige exploitatie per jaar (€)',
  annualOpex: 'Exploitatie per jaar (€)', bookValue: 'Boekwaarde (€)', tags: 'Labels', bundle: 'Bundel',
  variantGroup: 'Variantgroep', variant: 'Variant', unitCostLow: 'Eenheidsprijs laag (€)', unitCostHigh: 'Eenheidsprijs hoog (€)',
  group: 'Groep', generic: 'Generiek', eligibility: 'Geschiktheid', annualOpexPerUnit: 'Exploitatie per eenheid per jaar (€)',
  year: 'Jaar', task: 'Taak', contractorHoursPerYear: 'Aannemersuren per jaar', hourlyRate: 'Uurtarief (€)',
  residentShare: 'Aandeel bewoners (0–1)', startYear: 'Startjaar', startupCost: 'Opstartkosten (€)',
  coordinationPerYear: 'Coördinatie per jaar (€)', materialsPerYear: 'Materiaal per jaar (€)', dropoutRate: 'Uitval per jaar (0–1)',
  reserveRate: 'Reserve (0–1)', residentHoursPerContractorHour: 'Bewonersuren per aannemersuur',
  volunteerHourValue: 'Waarde vrijwilligersuur (€)', funder: 'Financier', share: 'Aandeel (0–1)', cap: 'Plafond (€)',
  fromYear: 'Vanaf jaar', toYear: 'Tot en met jaar', amount: 'Bedrag (€)', key: 'Instelling', value: 'Waarde',
  low: 'Laag', high: 'Hoog',
};

const en: Labels = {
  id: 'Id', name: 'Name', households: 'Households', disruptionCostPerDay: 'Disruption cost per day (€)',
  type: 'Type', neighbourhood: 'Neighbourhood', party: 'Party', category: 'Category', description: 'Description',
  plannedYear: 'Planned year', quantity: 'Quantity', unit: 'Unit', unitCost: 'Unit cost (€)',
  durationDays: 'Duration (working days)', street: 'Street', openedArea: 'Opened area (m²)',
  maxAdvanceYears: 'Max. advance (years)', maxDeferYears: 'Max. deferral (years)', lifetimeYears: 'Lifetime (years)',
  deferralCostPerYear: 'Deferral cost per year (€)', currentOpex: 'Current running cost per year (€)',
  annualOpex: 'Running cost per year (€)', bookValue: 'Book value (€)', tags: 'Tags', bundle: 'Bundle',
  variantGroup: 'Variant group', variant: 'Variant', unitCostLow: 'Unit cost low (€)', unitCostHigh: 'Unit cost high (€)',
  group: 'Group', generic: 'Generic', eligibility: 'Eligibility', annualOpexPerUnit: 'Running cost per unit per year (€)',
  year: 'Year', task: 'Task', contractorHoursPerYear: 'Contractor hours per year', hourlyRate: 'Hourly rate (€)',
  residentShare: 'Residents\' share (0–1)', startYear: 'Start year', startupCost: 'Start-up cost (€)',
  coordinationPerYear: 'Coordination per year (€)', materialsPerYear: 'Materials per year (€)', dropoutRate: 'Drop-out per year (0–1)',
  reserveRate: 'Reserve (0–1)', residentHoursPerContractorHour: 'Resident hours per contractor hour',
  volunteerHourValue: 'Value of a volunteer hour (€)', funder: 'Funder', share: 'Share (0–1)', cap: 'Cap (€)',
  fromYear: 'From year', toYear: 'To year', amount: 'Amount (€)', key: 'Setting', value: 'Value',
  low: 'Low', high: 'High',
};

export const fieldLabels: Readonly<Record<Lang, Labels>> = { nl, en };

/** The label of a field; a field without one (a neighbourhood attribute column) keeps its name. */
export function fieldLabel(lang: Lang, key: string): string {
  return fieldLabels[lang][key] ?? key;
}
