// The workbook template as data: per sheet its English and Dutch name, and per column its canonical
// (English) name, Dutch name, kind and whether it is required. The codec reads and writes with it,
// the interface builds its editors and headers from it, so a column is described in one place only.
// Names follow MODEL.md "The workbook template"; Settings keys stay English in both languages.
import type { Lang } from '../i18n';
import {
  allocationRules, bundleModes, discountTimings, partyTypes, perspectives, rangedSettingKeys, sheetKeys,
  type SheetKey,
} from './schema';

/**
 * How a cell is read and written:
 * - string: text (a number cell becomes its text, so an id 101 is "101");
 * - number / int / fraction: numbers; numeric text in Dutch or English notation is accepted;
 *   a fraction above 1 is an error with the hint that 2.25 probably means 2.25%;
 * - tags: a list split on `,` or `;`;
 * - bool: yes/no, ja/nee, true/false, waar/onwaar, 1/0, x/blank;
 * - choice: one of `choices`, in English or Dutch;
 * - numOrExpr: a number, or an expression over neighbourhood attributes (Variants);
 * - eligibility: yes/no, or an expression that must be true (Variants).
 */
export type ColumnKind =
  | 'string' | 'number' | 'int' | 'fraction' | 'tags' | 'bool' | 'choice' | 'numOrExpr' | 'eligibility';

export interface ColumnDef {
  /** Canonical English name: the field name in the scenario. */
  key: string;
  nl: string;
  kind: ColumnKind;
  /** The column must be present on the sheet (a cell may still be blank where the schema allows). */
  required: boolean;
  /** For kind 'choice': the canonical values. */
  choices?: readonly string[];
}

export interface SheetDef {
  key: SheetKey;
  en: string;
  nl: string;
  required: boolean;
  columns: readonly ColumnDef[];
}

const col = (key: string, nl: string, kind: ColumnKind, required = false, choices?: readonly string[]): ColumnDef =>
  choices ? { key, nl, kind, required, choices } : { key, nl, kind, required };

/** Choice values in Dutch, per canonical value. Accepted on import, written in a Dutch workbook. */
export const choiceNl: Readonly<Record<string, string>> = {
  optimal: 'optimaal', manual: 'handmatig', none: 'geen',
  end: 'eind', mid: 'midden', start: 'begin',
  direct: 'direct', equal: 'gelijk', standalone: 'zelfstandig', shapley: 'shapley',
  financial: 'financieel', societal: 'maatschappelijk',
  municipality: 'gemeente', waterBoard: 'waterschap', province: 'provincie', national: 'rijk',
  utility: 'nutsbedrijf', corporation: 'woningcorporatie', residents: 'bewoners', other: 'overig',
};

export const sheetDefs: readonly SheetDef[] = [
  {
    key: 'settings', en: 'Settings', nl: 'Instellingen', required: true,
    columns: [
      col('key', 'sleutel', 'string', true),
      col('value', 'waarde', 'string', true),
      col('low', 'laag', 'number'),
      col('high', 'hoog', 'number'),
    ],
  },
  {
    key: 'neighbourhoods', en: 'Neighbourhoods', nl: 'Wijken', required: true,
    columns: [
      col('id', 'id', 'string', true),
      col('name', 'naam', 'string'),
      col('households', 'huishoudens', 'number'),
      col('disruptionCostPerDay', 'hinderkostenPerDag', 'number'),
    ],
  },
  {
    key: 'parties', en: 'Parties', nl: 'Partijen', required: true,
    columns: [
      col('id', 'id', 'string', true),
      col('name', 'naam', 'string'),
      col('type', 'soort', 'choice', false, partyTypes),
    ],
  },
  {
    key: 'works', en: 'Works', nl: 'Werken', required: true,
    columns: [
      col('id', 'id', 'string', true),
      col('neighbourhood', 'wijk', 'string', true),
      col('party', 'partij', 'string'),
      col('category', 'categorie', 'string'),
      col('description', 'omschrijving', 'string'),
      col('plannedYear', 'gepland', 'int', true),
      col('quantity', 'hoeveelheid', 'number'),
      col('unit', 'eenheid', 'string'),
      col('unitCost', 'eenheidsprijs', 'number'),
      col('durationDays', 'duurDagen', 'number'),
      col('street', 'straat', 'string'),
      col('openedArea', 'opengebrokenM2', 'number'),
      col('maxAdvanceYears', 'maxVervroegen', 'int'),
      col('maxDeferYears', 'maxUitstellen', 'int'),
      col('lifetimeYears', 'levensduur', 'int'),
      col('deferralCostPerYear', 'uitstelkostenPerJaar', 'number'),
      col('currentOpex', 'huidigeExploitatie', 'number'),
      col('annualOpex', 'exploitatie', 'number'),
      col('bookValue', 'boekwaarde', 'number'),
      col('tags', 'labels', 'tags'),
      col('bundle', 'bundel', 'string'),
      col('variantGroup', 'variantgroep', 'string'),
      col('variant', 'variant', 'string'),
      col('unitCostLow', 'eenheidsprijsLaag', 'number'),
      col('unitCostHigh', 'eenheidsprijsHoog', 'number'),
    ],
  },
  {
    key: 'variants', en: 'Variants', nl: 'Varianten', required: false,
    columns: [
      col('id', 'id', 'string', true),
      col('group', 'groep', 'string', true),
      col('name', 'naam', 'string'),
      col('party', 'partij', 'string', true),
      col('category', 'categorie', 'string'),
      col('generic', 'generiek', 'bool'),
      col('eligibility', 'geschiktheid', 'eligibility'),
      col('quantity', 'hoeveelheid', 'numOrExpr'),
      col('unit', 'eenheid', 'string'),
      col('unitCost', 'eenheidsprijs', 'numOrExpr'),
      col('lifetimeYears', 'levensduur', 'numOrExpr', true),
      col('annualOpexPerUnit', 'exploitatiePerEenheid', 'numOrExpr'),
      col('durationDays', 'duurDagen', 'numOrExpr'),
      col('openedArea', 'opengebrokenM2', 'numOrExpr'),
      col('tags', 'labels', 'tags'),
      col('unitCostLow', 'eenheidsprijsLaag', 'number'),
      col('unitCostHigh', 'eenheidsprijsHoog', 'number'),
    ],
  },
  {
    key: 'bundles', en: 'Bundles', nl: 'Bundels', required: false,
    columns: [col('id', 'id', 'string', true), col('year', 'jaar', 'int')],
  },
  {
    key: 'citizenMaintenance', en: 'CitizenMaintenance', nl: 'Zelfbeheer', required: false,
    columns: [
      col('neighbourhood', 'wijk', 'string', true),
      col('task', 'taak', 'string'),
      col('party', 'partij', 'string', true),
      col('contractorHoursPerYear', 'aannemersurenPerJaar', 'number'),
      col('hourlyRate', 'uurtarief', 'number'),
      col('residentShare', 'aandeelBewoners', 'fraction'),
      col('startYear', 'startjaar', 'int'),
      col('startupCost', 'opstartkosten', 'number'),
      col('coordinationPerYear', 'coordinatiePerJaar', 'number'),
      col('materialsPerYear', 'materiaalPerJaar', 'number'),
      col('dropoutRate', 'uitval', 'fraction'),
      col('reserveRate', 'reserve', 'fraction'),
      col('residentHoursPerContractorHour', 'bewonersurenPerAannemersuur', 'number'),
      col('volunteerHourValue', 'waardeVrijwilligersuur', 'number'),
    ],
  },
  {
    key: 'coFinancing', en: 'CoFinancing', nl: 'Cofinanciering', required: false,
    columns: [
      col('id', 'id', 'string', true),
      col('funder', 'financier', 'string', true),
      col('share', 'aandeel', 'fraction', true),
      col('tags', 'labels', 'tags'),
      col('cap', 'plafond', 'number'),
      col('fromYear', 'vanaf', 'int'),
      col('toYear', 'totEnMet', 'int'),
    ],
  },
  {
    key: 'budgets', en: 'Budgets', nl: 'Budgetten', required: false,
    columns: [
      col('party', 'partij', 'string', true),
      col('year', 'jaar', 'int', true),
      col('amount', 'bedrag', 'number', true),
    ],
  },
];

/** The Settings keys (rows of the Settings sheet) and how their value is read. */
export interface SettingDef {
  key: string;
  kind: 'string' | 'int' | 'number' | 'fraction' | 'choice';
  required: boolean;
  choices?: readonly string[];
  /** May carry low/high (MODEL.md "Uncertainty"). */
  ranged: boolean;
}

const ranged = new Set<string>(rangedSettingKeys);
const setting = (key: string, kind: SettingDef['kind'], required = false, choices?: readonly string[]): SettingDef =>
  ({ key, kind, required, ranged: ranged.has(key), ...(choices ? { choices } : {}) });

export const settingDefs: readonly SettingDef[] = [
  setting('name', 'string'),
  setting('baseYear', 'int', true),
  setting('horizonYears', 'int', true),
  setting('discountRate', 'fraction'),
  setting('discountTiming', 'choice', false, discountTimings),
  setting('escalationRate', 'fraction'),
  setting('interestRate', 'fraction'),
  setting('engineeringFixed', 'number'),
  setting('engineeringRate', 'fraction'),
  setting('tenderFixed', 'number'),
  setting('participationFixed', 'number'),
  setting('siteFixed', 'number'),
  setting('sitePerDay', 'number'),
  setting('openingCostPerM2', 'number'),
  setting('coordinationPerExtraParty', 'number'),
  setting('sequentialShare', 'fraction'),
  setting('bundleMode', 'choice', false, bundleModes),
  setting('optimizeFor', 'choice', false, perspectives),
  setting('allocationRule', 'choice', false, allocationRules),
];

const sheetByKey = new Map(sheetDefs.map((s) => [s.key, s]));
const settingByKey = new Map(settingDefs.map((s) => [s.key, s]));
const columnIndex = new Map(sheetDefs.map((s) => [s.key, new Map(s.columns.map((c) => [c.key, c]))]));
const norm = (s: string): string => s.trim().toLowerCase();

export function sheetDef(key: SheetKey): SheetDef {
  const def = sheetByKey.get(key);
  if (!def) throw new Error(`unknown sheet ${key}`);
  return def;
}

export function sheetName(key: SheetKey, lang: Lang): string {
  return sheetDef(key)[lang];
}

export function columnDef(sheet: SheetKey, key: string): ColumnDef | undefined {
  return columnIndex.get(sheet)?.get(key);
}

/** The column header in a language; an unknown (extra) column keeps its own name. */
export function columnHeader(sheet: SheetKey, key: string, lang: Lang): string {
  const def = columnDef(sheet, key);
  if (!def) return key;
  return lang === 'nl' ? def.nl : def.key;
}

export function columnKind(sheet: SheetKey, key: string): ColumnKind | undefined {
  return columnDef(sheet, key)?.kind;
}

export function isRequiredColumn(sheet: SheetKey, key: string): boolean {
  return columnDef(sheet, key)?.required ?? false;
}

export function settingDef(key: string): SettingDef | undefined {
  return settingByKey.get(key);
}

/** A choice value as shown in a language. */
export function choiceLabel(value: string, lang: Lang): string {
  return lang === 'nl' ? (choiceNl[value] ?? value) : value;
}

const choiceLookup = new Map<string, string>();
for (const [en, nl] of Object.entries(choiceNl)) {
  choiceLookup.set(norm(en), en);
  choiceLookup.set(norm(nl), en);
}
// Common Dutch synonyms a controller may type.
choiceLookup.set('optimaal', 'optimal');
choiceLookup.set('netbeheerder', 'utility');
choiceLookup.set('corporatie', 'corporation');
choiceLookup.set('overig', 'other');
choiceLookup.set('anders', 'other');

/** A typed choice value (English or Dutch, any case) to its canonical value, if it is one of `choices`. */
export function parseChoice(text: string, choices: readonly string[]): string | undefined {
  const v = choiceLookup.get(norm(text)) ?? choices.find((c) => norm(c) === norm(text));
  return v !== undefined && choices.includes(v) ? v : undefined;
}

/** Finds a sheet by a name as written (either language, any case). */
export function findSheetKey(name: string): { key: SheetKey; lang: Lang } | undefined {
  const n = norm(name);
  for (const s of sheetDefs) {
    if (norm(s.en) === n) return { key: s.key, lang: 'en' };
    if (norm(s.nl) === n) return { key: s.key, lang: 'nl' };
  }
  return undefined;
}

/** Finds a column of a sheet by a header as written (either language, any case). */
export function findColumn(sheet: SheetKey, header: string): ColumnDef | undefined {
  const n = norm(header);
  return sheetDef(sheet).columns.find((c) => norm(c.key) === n || norm(c.nl) === n);
}

export { sheetKeys };
export type { SheetKey };
