// The kinds of work in the example, with unit prices from MODEL.md's indicative Dutch figures
// (excl. VAT) and simple per-unit rules for duration, opened pavement and opex. A row in works.ts
// then only says where, when, how much and how far it may move.
//
// Direct costs EXCLUDE opening and reinstating the pavement: that is the shared opening cost
// (settings.openingCostPerM2), paid once per street per project. A road reconstruction therefore
// carries only what comes on top of it (foundation, kerbs, new pavers): €65 + €25 ≈ €90 per m²,
// inside MODEL.md's €60–120.
export interface WorkKind {
  party: string;
  category: string;
  description: string;
  unit: string;
  unitCost: number;
  /** Uncertainty: low and high unit cost as factors of unitCost. */
  low: number;
  high: number;
  lifetimeYears: number;
  /** Working days per unit (the project overlaps works by sequentialShare). */
  daysPerUnit: number;
  /** m² of pavement opened per unit. */
  areaPerUnit: number;
  /** Opex of the existing asset and of the new one, per unit per year. */
  currentOpexPerUnit: number;
  annualOpexPerUnit: number;
  /** Yearly cost of deferring (repairs, risk, lost margin) as a share of the direct cost. */
  deferralShare: number;
  maxAdvanceYears: number;
  maxDeferYears: number;
  tags: string[];
}

const kinds = {
  // RIONED: combined sewer ≈ €3,800 per dwelling, maintenance ≈ €14 per dwelling per year; the
  // worn-out pipe costs more in repairs.
  sewerCombined: {
    party: 'gem-riolering', category: 'riolering', description: 'Gemengd riool vervangen',
    unit: 'woning', unitCost: 3_800, low: 0.85, high: 1.3, lifetimeYears: 60,
    daysPerUnit: 0.35, areaPerUnit: 4.5, currentOpexPerUnit: 20, annualOpexPerUnit: 14,
    deferralShare: 0.015, maxAdvanceYears: 3, maxDeferYears: 3, tags: ['riolering'],
  },
  // Separated system ≈ €4,500 per dwelling, maintenance ≈ €10: the generic rainwater policy.
  sewerSeparated: {
    party: 'gem-riolering', category: 'riolering', description: 'Gescheiden stelsel aanleggen',
    unit: 'woning', unitCost: 4_500, low: 0.85, high: 1.3, lifetimeYears: 60,
    daysPerUnit: 0.4, areaPerUnit: 5.5, currentOpexPerUnit: 20, annualOpexPerUnit: 10,
    deferralShare: 0.015, maxAdvanceYears: 3, maxDeferYears: 3, tags: ['riolering', 'climate', 'rainwater'],
  },
  // Disconnecting rainwater and infiltrating: ≈ €42–48 per m² of connected paved surface.
  disconnect: {
    party: 'gem-riolering', category: 'klimaatadaptatie', description: 'Afkoppelen en infiltreren',
    unit: 'm2 verhard', unitCost: 45, low: 0.9, high: 1.25, lifetimeYears: 40,
    daysPerUnit: 1 / 120, areaPerUnit: 0.3, currentOpexPerUnit: 0, annualOpexPerUnit: 0.4,
    deferralShare: 0.005, maxAdvanceYears: 2, maxDeferYears: 4, tags: ['climate', 'rainwater'],
  },
  // Road reconstruction in concrete pavers; depreciated over 30 years in municipal budgets.
  road: {
    party: 'gem-wegen', category: 'wegen', description: 'Straat herinrichten (betonstraatstenen)',
    unit: 'm2', unitCost: 65, low: 0.85, high: 1.25, lifetimeYears: 30,
    daysPerUnit: 1 / 70, areaPerUnit: 1, currentOpexPerUnit: 1.5, annualOpexPerUnit: 0.5,
    deferralShare: 0.01, maxAdvanceYears: 3, maxDeferYears: 3, tags: ['wegen'],
  },
  // Asphalt resurfacing (mill and fill) opens no trench.
  asphalt: {
    party: 'gem-wegen', category: 'wegen', description: 'Asfalt deklaag vervangen',
    unit: 'm2', unitCost: 28, low: 0.85, high: 1.2, lifetimeYears: 15,
    daysPerUnit: 1 / 400, areaPerUnit: 0, currentOpexPerUnit: 0.8, annualOpexPerUnit: 0.3,
    deferralShare: 0.01, maxAdvanceYears: 2, maxDeferYears: 2, tags: ['wegen'],
  },
  // LED lighting; 20-year depreciation.
  lighting: {
    party: 'gem-wegen', category: 'openbare verlichting', description: 'Lichtmasten vervangen (LED)',
    unit: 'mast', unitCost: 1_800, low: 0.9, high: 1.2, lifetimeYears: 20,
    daysPerUnit: 0.25, areaPerUnit: 1.5, currentOpexPerUnit: 60, annualOpexPerUnit: 25,
    deferralShare: 0.01, maxAdvanceYears: 3, maxDeferYears: 3, tags: ['verlichting'],
  },
  green: {
    party: 'gem-groen', category: 'groen', description: 'Bomen en groen vernieuwen',
    unit: 'm2', unitCost: 35, low: 0.85, high: 1.2, lifetimeYears: 30,
    daysPerUnit: 1 / 150, areaPerUnit: 0, currentOpexPerUnit: 3, annualOpexPerUnit: 2.5,
    deferralShare: 0, maxAdvanceYears: 3, maxDeferYears: 3, tags: ['groen', 'climate'],
  },
  // Low-voltage grid reinforcement for heat pumps and charging: congestion makes it urgent, so it
  // may come earlier but not later; deferral means curtailed customers.
  lvCable: {
    party: 'netbeheerder', category: 'elektriciteit', description: 'Laagspanningsnet verzwaren',
    unit: 'm', unitCost: 180, low: 0.85, high: 1.3, lifetimeYears: 50,
    daysPerUnit: 1 / 20, areaPerUnit: 0.8, currentOpexPerUnit: 0, annualOpexPerUnit: 0,
    deferralShare: 0.05, maxAdvanceYears: 2, maxDeferYears: 0, tags: ['energietransitie'],
  },
  gasMain: {
    party: 'netbeheerder', category: 'gas', description: 'Gietijzeren gasleiding vervangen',
    unit: 'm', unitCost: 150, low: 0.85, high: 1.2, lifetimeYears: 50,
    daysPerUnit: 1 / 15, areaPerUnit: 0.8, currentOpexPerUnit: 2, annualOpexPerUnit: 0.3,
    deferralShare: 0.01, maxAdvanceYears: 3, maxDeferYears: 3, tags: [],
  },
  // Heat network distribution: €1,000–2,000 per metre of trench. The existing asset is nothing.
  heat: {
    party: 'warmtebedrijf', category: 'warmte', description: 'Warmtenet distributieleiding aanleggen',
    unit: 'm', unitCost: 1_400, low: 0.75, high: 1.45, lifetimeYears: 40,
    daysPerUnit: 1 / 6, areaPerUnit: 2.5, currentOpexPerUnit: 0, annualOpexPerUnit: 6,
    deferralShare: 0.04, maxAdvanceYears: 1, maxDeferYears: 1, tags: ['energietransitie'],
  },
  // Asbestos-cement drinking-water mains, replaced in a long programme that can shift a few years.
  waterMain: {
    party: 'drinkwater', category: 'drinkwater', description: 'Asbestcement waterleiding vervangen',
    unit: 'm', unitCost: 320, low: 0.85, high: 1.2, lifetimeYears: 60,
    daysPerUnit: 1 / 12, areaPerUnit: 1, currentOpexPerUnit: 1.5, annualOpexPerUnit: 0.3,
    deferralShare: 0.008, maxAdvanceYears: 5, maxDeferYears: 3, tags: [],
  },
  pressureMain: {
    party: 'waterschap', category: 'afvalwatertransport', description: 'Persleiding vervangen',
    unit: 'm', unitCost: 550, low: 0.85, high: 1.25, lifetimeYears: 50,
    daysPerUnit: 1 / 10, areaPerUnit: 1.5, currentOpexPerUnit: 1, annualOpexPerUnit: 0.3,
    deferralShare: 0.01, maxAdvanceYears: 2, maxDeferYears: 2, tags: [],
  },
  // Wooden bank protection along canals; a permit window fixes the year.
  bank: {
    party: 'waterschap', category: 'oevers', description: 'Beschoeiing vervangen',
    unit: 'm', unitCost: 350, low: 0.9, high: 1.3, lifetimeYears: 25,
    daysPerUnit: 1 / 8, areaPerUnit: 0, currentOpexPerUnit: 4, annualOpexPerUnit: 1,
    deferralShare: 0.02, maxAdvanceYears: 0, maxDeferYears: 0, tags: ['climate'],
  },
} satisfies Record<string, WorkKind>;

export type KindId = keyof typeof kinds;
export const workKinds: Record<KindId, WorkKind> = kinds;
