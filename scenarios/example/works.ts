// The 63 works of the example. Each row: id, kind, neighbourhood, street, planned year, quantity,
// and where a work may not move as far as its kind allows, its own window. Streets are shared on
// purpose (a sewer, a road and a water main in the same street a few years apart is the typical
// koppelkans); some works are fixed (grid congestion, permit windows, a subsidy year).
import type { ScenarioInput } from '../../engine/scenario/schema';
import { workKinds, type KindId } from './work-kinds';

type WorkInput = ScenarioInput['works'][number];

interface Row {
  id: string;
  kind: KindId;
  nb: string;
  street: string;
  year: number;
  qty: number;
  /** Override the kind's window: [maxAdvanceYears, maxDeferYears]. */
  window?: [number, number];
  bookValue?: number;
}

const rows: Row[] = [
  // Oud-Zuid: 1930s inner city, combined sewer, dense and busy.
  { id: 'OZ-01', kind: 'sewerCombined', nb: 'oudzuid', street: 'Frans Halsstraat', year: 2028, qty: 320 },
  { id: 'OZ-02', kind: 'road', nb: 'oudzuid', street: 'Frans Halsstraat', year: 2030, qty: 4_500 },
  { id: 'OZ-03', kind: 'waterMain', nb: 'oudzuid', street: 'Frans Halsstraat', year: 2027, qty: 450, window: [0, 4] },
  { id: 'OZ-04', kind: 'gasMain', nb: 'oudzuid', street: 'Frans Halsstraat', year: 2031, qty: 450 },
  { id: 'OZ-05', kind: 'sewerCombined', nb: 'oudzuid', street: 'Rembrandtlaan', year: 2033, qty: 480 },
  { id: 'OZ-06', kind: 'road', nb: 'oudzuid', street: 'Rembrandtlaan', year: 2034, qty: 8_400 },
  { id: 'OZ-07', kind: 'lighting', nb: 'oudzuid', street: 'Rembrandtlaan', year: 2032, qty: 28 },
  { id: 'OZ-08', kind: 'lvCable', nb: 'oudzuid', street: 'Rembrandtlaan', year: 2031, qty: 700 },
  { id: 'OZ-09', kind: 'heat', nb: 'oudzuid', street: 'Rembrandtlaan', year: 2035, qty: 700 },
  { id: 'OZ-10', kind: 'disconnect', nb: 'oudzuid', street: 'Vermeerplein', year: 2029, qty: 2_500 },
  // The square is redesigned in the year the neighbourhood fund pays for it.
  { id: 'OZ-11', kind: 'road', nb: 'oudzuid', street: 'Vermeerplein', year: 2029, qty: 2_500, window: [0, 0] },
  { id: 'OZ-12', kind: 'green', nb: 'oudzuid', street: 'Vermeerplein', year: 2029, qty: 800 },
  { id: 'OZ-13', kind: 'sewerCombined', nb: 'oudzuid', street: 'Jan Steenstraat', year: 2041, qty: 260 },
  { id: 'OZ-14', kind: 'road', nb: 'oudzuid', street: 'Jan Steenstraat', year: 2044, qty: 3_600 },
  { id: 'OZ-15', kind: 'waterMain', nb: 'oudzuid', street: 'Jan Steenstraat', year: 2038, qty: 400 },
  { id: 'OZ-16', kind: 'pressureMain', nb: 'oudzuid', street: 'Zuiderkade', year: 2030, qty: 350 },
  { id: 'OZ-17', kind: 'bank', nb: 'oudzuid', street: 'Zuiderkade', year: 2036, qty: 300 },

  // Hoogveld: 1970s post-war, wide streets, combined sewer to be separated, heat network coming.
  { id: 'HV-01', kind: 'sewerSeparated', nb: 'hoogveld', street: 'Kastanjelaan', year: 2029, qty: 380 },
  { id: 'HV-02', kind: 'road', nb: 'hoogveld', street: 'Kastanjelaan', year: 2030, qty: 8_400 },
  { id: 'HV-03', kind: 'heat', nb: 'hoogveld', street: 'Kastanjelaan', year: 2031, qty: 600, window: [2, 1] },
  { id: 'HV-04', kind: 'lvCable', nb: 'hoogveld', street: 'Kastanjelaan', year: 2028, qty: 600, window: [1, 0] },
  { id: 'HV-05', kind: 'lighting', nb: 'hoogveld', street: 'Kastanjelaan', year: 2027, qty: 24, bookValue: 10_800 },
  { id: 'HV-06', kind: 'green', nb: 'hoogveld', street: 'Kastanjelaan', year: 2030, qty: 2_400 },
  { id: 'HV-07', kind: 'sewerSeparated', nb: 'hoogveld', street: 'Beukenlaan', year: 2036, qty: 300 },
  { id: 'HV-08', kind: 'road', nb: 'hoogveld', street: 'Beukenlaan', year: 2038, qty: 5_500 },
  // The heat company's phasing contract fixes this street's year.
  { id: 'HV-09', kind: 'heat', nb: 'hoogveld', street: 'Beukenlaan', year: 2033, qty: 500, window: [0, 0] },
  { id: 'HV-10', kind: 'waterMain', nb: 'hoogveld', street: 'Beukenlaan', year: 2035, qty: 500 },
  { id: 'HV-11', kind: 'sewerSeparated', nb: 'hoogveld', street: 'Lindehof', year: 2045, qty: 220 },
  { id: 'HV-12', kind: 'road', nb: 'hoogveld', street: 'Lindehof', year: 2047, qty: 3_150 },
  { id: 'HV-13', kind: 'lvCable', nb: 'hoogveld', street: 'Lindehof', year: 2034, qty: 350 },
  { id: 'HV-14', kind: 'disconnect', nb: 'hoogveld', street: 'Eikenpad', year: 2032, qty: 1_800 },
  { id: 'HV-15', kind: 'waterMain', nb: 'hoogveld', street: 'Lindehof', year: 2050, qty: 350 },
  { id: 'HV-16', kind: 'lighting', nb: 'hoogveld', street: 'Beukenlaan', year: 2040, qty: 20 },

  // Waterrijk: 1990s Vinex on soft soil; separated sewer still fine; settling pavers, lots of water.
  { id: 'WR-01', kind: 'road', nb: 'waterrijk', street: 'Rietkraag', year: 2027, qty: 5_000 },
  { id: 'WR-02', kind: 'lvCable', nb: 'waterrijk', street: 'Rietkraag', year: 2027, qty: 500, window: [0, 0] },
  { id: 'WR-03', kind: 'lighting', nb: 'waterrijk', street: 'Rietkraag', year: 2029, qty: 20 },
  { id: 'WR-04', kind: 'road', nb: 'waterrijk', street: 'Lisdodde', year: 2032, qty: 3_600 },
  { id: 'WR-05', kind: 'lvCable', nb: 'waterrijk', street: 'Lisdodde', year: 2030, qty: 400, window: [1, 0] },
  { id: 'WR-06', kind: 'disconnect', nb: 'waterrijk', street: 'Lisdodde', year: 2032, qty: 1_500 },
  { id: 'WR-07', kind: 'road', nb: 'waterrijk', street: 'Waterlelie', year: 2039, qty: 3_150 },
  { id: 'WR-08', kind: 'waterMain', nb: 'waterrijk', street: 'Waterlelie', year: 2046, qty: 350 },
  { id: 'WR-09', kind: 'bank', nb: 'waterrijk', street: 'Havenkade', year: 2028, qty: 600 },
  { id: 'WR-10', kind: 'bank', nb: 'waterrijk', street: 'Rietkraag', year: 2034, qty: 400, window: [2, 2] },
  { id: 'WR-11', kind: 'asphalt', nb: 'waterrijk', street: 'Ringweg', year: 2028, qty: 12_000 },
  { id: 'WR-12', kind: 'lvCable', nb: 'waterrijk', street: 'Waterlelie', year: 2036, qty: 350, window: [0, 0] },
  { id: 'WR-13', kind: 'pressureMain', nb: 'waterrijk', street: 'Ringweg', year: 2031, qty: 800, window: [2, 3] },
  { id: 'WR-14', kind: 'lighting', nb: 'waterrijk', street: 'Waterlelie', year: 2037, qty: 16 },
  { id: 'WR-15', kind: 'green', nb: 'waterrijk', street: 'Lisdodde', year: 2033, qty: 3_000 },

  // Eikelo: village core on sand, combined sewer, a square redesigned with a subsidy.
  { id: 'EK-01', kind: 'sewerCombined', nb: 'eikelo', street: 'Dorpsstraat', year: 2030, qty: 180 },
  { id: 'EK-02', kind: 'road', nb: 'eikelo', street: 'Dorpsstraat', year: 2031, qty: 5_400 },
  { id: 'EK-03', kind: 'waterMain', nb: 'eikelo', street: 'Dorpsstraat', year: 2029, qty: 600 },
  { id: 'EK-04', kind: 'gasMain', nb: 'eikelo', street: 'Dorpsstraat', year: 2033, qty: 600 },
  { id: 'EK-05', kind: 'lvCable', nb: 'eikelo', street: 'Dorpsstraat', year: 2030, qty: 600, window: [0, 0] },
  { id: 'EK-06', kind: 'disconnect', nb: 'eikelo', street: 'Kerkplein', year: 2031, qty: 1_800 },
  { id: 'EK-07', kind: 'road', nb: 'eikelo', street: 'Kerkplein', year: 2031, qty: 1_800, window: [0, 1] },
  { id: 'EK-08', kind: 'green', nb: 'eikelo', street: 'Kerkplein', year: 2031, qty: 600 },
  { id: 'EK-09', kind: 'sewerCombined', nb: 'eikelo', street: 'Molenweg', year: 2040, qty: 120 },
  { id: 'EK-10', kind: 'road', nb: 'eikelo', street: 'Molenweg', year: 2042, qty: 3_150 },
  { id: 'EK-11', kind: 'waterMain', nb: 'eikelo', street: 'Molenweg', year: 2044, qty: 450 },
  { id: 'EK-12', kind: 'lighting', nb: 'eikelo', street: 'Dorpsstraat', year: 2028, qty: 22, bookValue: 6_000 },
  { id: 'EK-13', kind: 'disconnect', nb: 'eikelo', street: 'Schoolstraat', year: 2036, qty: 1_200 },
  { id: 'EK-14', kind: 'road', nb: 'eikelo', street: 'Schoolstraat', year: 2037, qty: 2_100 },
  { id: 'EK-15', kind: 'pressureMain', nb: 'eikelo', street: 'Molenweg', year: 2039, qty: 450 },
];

const round = (v: number, step = 1): number => Math.round(v / step) * step;
const cents = (v: number): number => Math.round(v * 100) / 100;

function toWork(r: Row): WorkInput {
  const k = workKinds[r.kind];
  const direct = r.qty * k.unitCost;
  const [maxAdvanceYears, maxDeferYears] = r.window ?? [k.maxAdvanceYears, k.maxDeferYears];
  return {
    id: r.id,
    neighbourhood: r.nb,
    party: k.party,
    category: k.category,
    description: `${k.description}, ${r.street}`,
    plannedYear: r.year,
    quantity: r.qty,
    unit: k.unit,
    unitCost: k.unitCost,
    durationDays: Math.max(1, round(r.qty * k.daysPerUnit)),
    street: r.street,
    openedArea: round(r.qty * k.areaPerUnit),
    maxAdvanceYears,
    maxDeferYears,
    lifetimeYears: k.lifetimeYears,
    deferralCostPerYear: round(direct * k.deferralShare, 100),
    currentOpex: round(r.qty * k.currentOpexPerUnit),
    annualOpex: round(r.qty * k.annualOpexPerUnit),
    bookValue: r.bookValue ?? 0,
    tags: [...k.tags],
    unitCostLow: cents(k.unitCost * k.low),
    unitCostHigh: cents(k.unitCost * k.high),
  };
}

export const works: WorkInput[] = rows.map(toWork);
