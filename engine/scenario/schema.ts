// The scenario schema: the one source of truth for what a scenario holds.
// Types are inferred from it (see the exports at the bottom); the workbook codec, the engine,
// the CLI and the interface all use these. Column names per sheet live in ./columns.ts.
//
// Defaults that depend only on the field itself are applied here (a blank maxDeferYears is 0).
// Defaults that depend on another field stay `undefined` here and are resolved by the engine
// (a work's currentOpex defaults to its annualOpex; a variant work takes party, quantity, ... from
// its variant), so editing annualOpex in the interface still moves a blank currentOpex.
import { z } from 'zod';

const id = z.string().trim().min(1);
const money = z.number().finite();
const nonNeg = z.number().finite().min(0);
const fraction = z.number().finite().min(0).max(1);
const year = z.number().int();
const tags = z.array(z.string()).default([]);
/** A variant field: a number, or a restricted mathjs expression over neighbourhood attributes. */
export const numOrExpr = z.union([z.number().finite(), z.string().min(1)]);
/** Columns we do not know, kept verbatim for the round trip (MODEL.md: "extra columns are kept"). */
const cellValue = z.union([z.string(), z.number(), z.boolean()]);
const extra = z.record(z.string(), cellValue).optional();

export const discountTimings = ['end', 'mid', 'start'] as const;
export const bundleModes = ['none', 'manual', 'optimal'] as const;
export const perspectives = ['financial', 'societal'] as const;
export const allocationRules = ['direct', 'equal', 'standalone', 'shapley'] as const;
export const partyTypes = [
  'municipality', 'waterBoard', 'province', 'national', 'utility', 'corporation', 'residents', 'other',
] as const;

export const settingsSchema = z.object({
  name: z.string().default('Scenario'),
  baseYear: year.min(1900).max(2300),
  horizonYears: z.number().int().min(1).max(200),
  discountRate: fraction.default(0.0225),
  discountTiming: z.enum(discountTimings).default('end'),
  escalationRate: fraction.default(0),
  interestRate: fraction.default(0.02),
  engineeringFixed: nonNeg.default(0),
  engineeringRate: fraction.default(0),
  tenderFixed: nonNeg.default(0),
  participationFixed: nonNeg.default(0),
  siteFixed: nonNeg.default(0),
  sitePerDay: nonNeg.default(0),
  openingCostPerM2: nonNeg.default(0),
  coordinationPerExtraParty: nonNeg.default(0),
  sequentialShare: fraction.default(0.25),
  bundleMode: z.enum(bundleModes).default('optimal'),
  optimizeFor: z.enum(perspectives).default('financial'),
  allocationRule: z.enum(allocationRules).default('direct'),
});

/** Settings that are numbers and may carry low/high (MODEL.md "Uncertainty"). */
export const rangedSettingKeys = [
  'discountRate', 'escalationRate', 'interestRate', 'engineeringFixed', 'engineeringRate',
  'tenderFixed', 'participationFixed', 'siteFixed', 'sitePerDay', 'openingCostPerM2',
  'coordinationPerExtraParty', 'sequentialShare',
] as const;
export type RangedSettingKey = (typeof rangedSettingKeys)[number];

export const rangeSchema = z.object({ low: z.number().finite().optional(), high: z.number().finite().optional() });

export const neighbourhoodSchema = z.object({
  id,
  name: z.string().default(''),
  households: nonNeg.default(0),
  disruptionCostPerDay: nonNeg.default(0),
  /** Numeric extra columns: usable in variant expressions. */
  attributes: z.record(z.string(), z.number().finite()).default({}),
  extra,
});

export const partySchema = z.object({
  id,
  name: z.string().default(''),
  type: z.enum(partyTypes).default('other'),
  extra,
});

export const workSchema = z.object({
  id,
  neighbourhood: id,
  /** Blank only for a variant work (the variant gives it). */
  party: z.string().optional(),
  category: z.string().default(''),
  description: z.string().default(''),
  plannedYear: year,
  quantity: nonNeg.optional(),
  unit: z.string().default(''),
  unitCost: nonNeg.optional(),
  durationDays: nonNeg.optional(),
  street: z.string().optional(),
  openedArea: nonNeg.optional(),
  maxAdvanceYears: z.number().int().min(0).default(0),
  maxDeferYears: z.number().int().min(0).default(0),
  lifetimeYears: z.number().int().min(1).optional(),
  deferralCostPerYear: nonNeg.default(0),
  currentOpex: nonNeg.optional(),
  annualOpex: nonNeg.optional(),
  bookValue: nonNeg.default(0),
  tags,
  bundle: z.string().optional(),
  variantGroup: z.string().optional(),
  variant: z.string().optional(),
  unitCostLow: nonNeg.optional(),
  unitCostHigh: nonNeg.optional(),
  extra,
});

export const variantSchema = z.object({
  id,
  group: id,
  name: z.string().default(''),
  party: id,
  category: z.string().default(''),
  generic: z.boolean().default(false),
  /** Blank: always eligible. A boolean cell is allowed too. */
  eligibility: z.union([z.boolean(), z.string().min(1)]).optional(),
  quantity: numOrExpr.optional(),
  unit: z.string().default(''),
  unitCost: numOrExpr.optional(),
  lifetimeYears: numOrExpr,
  annualOpexPerUnit: numOrExpr.optional(),
  durationDays: numOrExpr.optional(),
  openedArea: numOrExpr.optional(),
  tags,
  unitCostLow: nonNeg.optional(),
  unitCostHigh: nonNeg.optional(),
  extra,
});

export const bundleSchema = z.object({ id, year: year.optional(), extra });

export const citizenTaskSchema = z.object({
  neighbourhood: id,
  task: z.string().default(''),
  party: id,
  contractorHoursPerYear: nonNeg.default(0),
  hourlyRate: nonNeg.default(0),
  residentShare: fraction.default(0),
  startYear: year.optional(),
  startupCost: nonNeg.default(0),
  coordinationPerYear: nonNeg.default(0),
  materialsPerYear: nonNeg.default(0),
  dropoutRate: fraction.default(0),
  reserveRate: fraction.default(0),
  residentHoursPerContractorHour: nonNeg.default(1),
  volunteerHourValue: nonNeg.default(0),
  extra,
});

export const coFinancingRuleSchema = z.object({
  id,
  funder: id,
  share: fraction,
  tags,
  cap: nonNeg.optional(),
  fromYear: year.optional(),
  toYear: year.optional(),
  extra,
});

export const budgetSchema = z.object({ party: id, year, amount: money, extra });

/** What the Settings sheet holds beyond the known keys' value/low/high, kept for the round trip
 *  (MODEL.md: "extra columns are kept and ignored"). The engine never reads it. Like the `extra`
 *  of the table sheets it IS part of the canonical scenario and so of meta.input's hash: the hash
 *  names the input as written, notes included, and both kinds of extra columns behave alike.
 *  Absent when the sheet has neither, so such scenarios hash as before. */
export const settingsExtraSchema = z.object({
  /** Headers of the extra columns, in sheet order. */
  columns: z.array(z.string()),
  /** Per known setting key: its cells in the extra columns. */
  cells: z.partialRecord(settingsSchema.keyof(), z.record(z.string(), cellValue)).default({}),
  /** Rows whose key is not a setting (or blank), in sheet order, each after the known key that
   *  stood above it (`after` absent: above every known key). */
  unknownRows: z.array(z.object({
    key: z.string(),
    after: settingsSchema.keyof().optional(),
    value: cellValue.optional(),
    low: cellValue.optional(),
    high: cellValue.optional(),
    extra,
  })).default([]),
});

/** One party's planning import mapping, kept as the JSON text the user saved (engine/planning
 *  reads it), so the next version of that party's file imports in one step. */
export const planningMappingSchema = z.object({ party: id, mapping: z.string() });
/** Neighbourhood outlines for the map (engine/geo), in RD New metres (EPSG:28992) rounded to
 *  decimetres. A polygon is a list of rings (the first the outline, the rest holes), a ring a flat
 *  list x0, y0, x1, y1, … closed (last point = first). Absent when the scenario has no geometry,
 *  so such scenarios hash as before. */
export const geometrySchema = z.object({
  crs: z.literal('EPSG:28992'),
  /** Shown with the map, e.g. that the outlines are schematic. */
  note: z.string().optional(),
  shapes: z.array(z.object({
    neighbourhood: z.string(),
    polygons: z.array(z.array(z.array(z.number().finite()))),
  })),
});

export const scenarioSchema = z.object({
  settings: settingsSchema,
  /** low/high per ranged setting; absent keys have no range. */
  settingRanges: z.partialRecord(z.enum(rangedSettingKeys), rangeSchema).default({}),
  settingsExtra: settingsExtraSchema.optional(),
  neighbourhoods: z.array(neighbourhoodSchema),
  parties: z.array(partySchema),
  works: z.array(workSchema),
  variants: z.array(variantSchema).default([]),
  bundles: z.array(bundleSchema).default([]),
  citizenMaintenance: z.array(citizenTaskSchema).default([]),
  coFinancing: z.array(coFinancingRuleSchema).default([]),
  budgets: z.array(budgetSchema).default([]),
  /** The Mappings (Koppelingen) sheet. Absent when the workbook has none, so such scenarios keep
   *  their meta.input hash. */
  mappings: z.array(planningMappingSchema).optional(),
  geometry: geometrySchema.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type Range = z.infer<typeof rangeSchema>;
export type SettingsExtra = z.infer<typeof settingsExtraSchema>;
export type Neighbourhood = z.infer<typeof neighbourhoodSchema>;
export type Party = z.infer<typeof partySchema>;
export type Work = z.infer<typeof workSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Bundle = z.infer<typeof bundleSchema>;
export type CitizenTask = z.infer<typeof citizenTaskSchema>;
export type CoFinancingRule = z.infer<typeof coFinancingRuleSchema>;
export type Budget = z.infer<typeof budgetSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type PlanningMappingRow = z.infer<typeof planningMappingSchema>;
export type Geometry = z.infer<typeof geometrySchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type DiscountTiming = (typeof discountTimings)[number];
export type BundleMode = (typeof bundleModes)[number];
export type Perspective = (typeof perspectives)[number];
export type AllocationRule = (typeof allocationRules)[number];
export type PartyType = (typeof partyTypes)[number];

/** The sheets of a scenario workbook, by their key in Scenario. */
export const sheetKeys = [
  'settings', 'neighbourhoods', 'parties', 'works', 'variants', 'bundles', 'citizenMaintenance',
  'coFinancing', 'budgets',
] as const;
export type SheetKey = (typeof sheetKeys)[number];
