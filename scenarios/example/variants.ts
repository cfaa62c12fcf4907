// Neighbourhood differentiation in the example (issue 3): the rainwater group "hemelwater". Where a
// sewer is due, the municipal policy is a separated sewer everywhere (the generic variant). Where
// the soil infiltrates well and groundwater is deep enough, disconnecting rainwater and letting it
// infiltrate is the cheaper alternative; the improved separated system costs more and is there to
// compare (or to force). Orders of magnitude: Stichting RIONED (MODEL.md) — separated ≈ €4,500 and
// improved separated ≈ €4,700 per dwelling, maintenance ≈ €10 and €13 per dwelling per year;
// disconnecting ≈ €42–48 per m² of connected paved surface.
//
// Three sewer works become variant works: OZ-05 (Oud-Zuid, poor infiltration: keeps the generic
// separated sewer), HV-01 (Hoogveld) and EK-01 (Eikelo), both eligible for disconnecting.
// A variant's quantity can only read neighbourhood attributes, so each neighbourhood gets the size
// of its rainwater project: rainwaterDwellings (dwellings in the project area) and
// pavedM2PerDwelling (connected roofs and street per dwelling). infiltrationClass and
// groundwaterDepth are on the neighbourhoods already (./neighbourhoods).
import type { ScenarioInput } from '../../engine/scenario/schema';
import type { ExampleExtension } from './extension';

type VariantInput = NonNullable<ScenarioInput['variants']>[number];
type WorkInput = ScenarioInput['works'][number];

const projectSize: Record<string, { rainwaterDwellings: number; pavedM2PerDwelling: number }> = {
  oudzuid: { rainwaterDwellings: 480, pavedM2PerDwelling: 45 },
  hoogveld: { rainwaterDwellings: 380, pavedM2PerDwelling: 50 },
  waterrijk: { rainwaterDwellings: 0, pavedM2PerDwelling: 55 },
  eikelo: { rainwaterDwellings: 180, pavedM2PerDwelling: 60 },
};

const sewerDays = 'round(rainwaterDwellings * 0.4)';
const sewerArea = 'round(rainwaterDwellings * 5.5)';

export const rainwaterVariants: VariantInput[] = [
  {
    id: 'hw-gescheiden', group: 'hemelwater', name: 'Gescheiden stelsel (generiek beleid)', party: 'gem-riolering',
    category: 'riolering', generic: true, quantity: 'rainwaterDwellings', unit: 'woning', unitCost: 4_500,
    lifetimeYears: 60, annualOpexPerUnit: 10, durationDays: sewerDays, openedArea: sewerArea,
    tags: ['riolering', 'climate', 'rainwater'], unitCostLow: 3_825, unitCostHigh: 5_850,
  },
  {
    id: 'hw-verbeterd', group: 'hemelwater', name: 'Verbeterd gescheiden stelsel', party: 'gem-riolering',
    category: 'riolering', quantity: 'rainwaterDwellings', unit: 'woning', unitCost: 4_700,
    lifetimeYears: 60, annualOpexPerUnit: 13, durationDays: sewerDays, openedArea: sewerArea,
    tags: ['riolering', 'climate', 'rainwater'], unitCostLow: 4_000, unitCostHigh: 6_100,
  },
  {
    id: 'hw-afkoppelen', group: 'hemelwater', name: 'Afkoppelen en infiltreren', party: 'gem-riolering',
    category: 'klimaatadaptatie', eligibility: 'infiltrationClass >= 2 and groundwaterDepth >= 0.7',
    quantity: 'rainwaterDwellings * pavedM2PerDwelling', unit: 'm2 verhard', unitCost: 45,
    lifetimeYears: 40, annualOpexPerUnit: 0.4,
    durationDays: 'max(1, round(rainwaterDwellings * pavedM2PerDwelling / 250))',
    openedArea: 'round(rainwaterDwellings * pavedM2PerDwelling * 0.15)',
    tags: ['climate', 'rainwater'], unitCostLow: 40.5, unitCostHigh: 56.25,
  },
];

export const rainwaterWorkIds: readonly string[] = ['OZ-05', 'HV-01', 'EK-01'];

/** A work row that takes its content from the group: it keeps id, years, window, street, bundle,
 *  book value, deferral cost and the existing asset's opex; the rest comes from the variant. */
function toVariantWork(w: WorkInput): WorkInput {
  return {
    id: w.id, neighbourhood: w.neighbourhood, plannedYear: w.plannedYear,
    description: `Hemelwater: riool vervangen of afkoppelen, ${w.street ?? ''}`.trim(),
    street: w.street, maxAdvanceYears: w.maxAdvanceYears, maxDeferYears: w.maxDeferYears,
    deferralCostPerYear: w.deferralCostPerYear, currentOpex: w.currentOpex, bookValue: w.bookValue,
    bundle: w.bundle, variantGroup: 'hemelwater',
  };
}

export const addVariants: ExampleExtension = (s) => ({
  ...s,
  neighbourhoods: s.neighbourhoods.map((n) => ({
    ...n,
    attributes: { ...(n.attributes ?? {}), ...(projectSize[n.id] ?? {}) },
  })),
  works: s.works.map((w) => (rainwaterWorkIds.includes(w.id) ? toVariantWork(w) : w)),
  variants: [...(s.variants ?? []), ...rainwaterVariants],
});
