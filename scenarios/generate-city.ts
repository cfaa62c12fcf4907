// A seeded synthetic city for benchmarks only (not in `npm test`): 100 neighbourhoods of 500 works
// each, 50,000 works over a 50-year horizon, drawn from the example's work kinds so the figures are
// of a realistic size. Same seed, same city.
//
//   npx tsx scenarios/generate-city.ts .bench/city.xlsx [--seed 42] [--neighbourhoods 100] [--works 500]
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../engine/scenario/schema';
import { mulberry32 as rng } from '../engine/uncertainty/rng';
import { writeWorkbook } from '../engine/workbook/write';
import { cityGeometry } from './city-geometry';
import { neighbourhoods as exampleNeighbourhoods } from './example/neighbourhoods';
import { parties } from './example/parties';
import { rainwaterVariants } from './example/variants';
import { settings } from './example/settings';
import { workKinds, type KindId } from './example/work-kinds';

export interface CityOptions {
  seed?: number;
  neighbourhoods?: number;
  worksPerNeighbourhood?: number;
  horizonYears?: number;
  streetsPerNeighbourhood?: number;
  /** Sewer works take their content from the example's rainwater variant group (issue 3's
   *  benchmark: one variant group on every neighbourhood). Default true. */
  variants?: boolean;
  /** Schematic neighbourhood outlines for the map (./city-geometry). Default true. */
  geometry?: boolean;
}

/** The engine's seeded mulberry32: enough for synthetic data, identical everywhere. */
export { rng };

/** Quantity ranges per kind (in the kind's unit), of one street section. */
const quantity: Record<KindId, [number, number]> = {
  sewerCombined: [60, 400], sewerSeparated: [60, 400], disconnect: [300, 3_000], road: [1_000, 9_000],
  asphalt: [2_000, 15_000], lighting: [6, 30], green: [200, 3_000], lvCable: [150, 800],
  gasMain: [150, 700], heat: [150, 800], waterMain: [150, 700], pressureMain: [200, 900], bank: [100, 600],
};
/** How often each kind occurs (relative). */
const weight: Record<KindId, number> = {
  sewerCombined: 8, sewerSeparated: 4, disconnect: 4, road: 14, asphalt: 5, lighting: 8, green: 6,
  lvCable: 10, gasMain: 6, heat: 4, waterMain: 8, pressureMain: 2, bank: 2,
};
const kindIds = Object.keys(weight) as KindId[];
const totalWeight = kindIds.reduce((s, k) => s + weight[k], 0);

export function generateCity(options: CityOptions = {}): Scenario {
  const {
    seed = 42, neighbourhoods: nCount = 100, worksPerNeighbourhood = 500, horizonYears = 50,
    streetsPerNeighbourhood = 80, variants = true, geometry = true,
  } = options;
  const rand = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pickKind = (): KindId => {
    let x = rand() * totalWeight;
    for (const k of kindIds) {
      x -= weight[k];
      if (x < 0) return k;
    }
    return 'road';
  };
  const baseYear = settings.baseYear;

  const neighbourhoods: ScenarioInput['neighbourhoods'] = [];
  const works: ScenarioInput['works'] = [];
  for (let n = 0; n < nCount; n++) {
    const model = exampleNeighbourhoods[n % exampleNeighbourhoods.length];
    const id = `W${String(n + 1).padStart(3, '0')}`;
    const households = int(500, 5_000);
    neighbourhoods.push({
      id, name: `Wijk ${n + 1}`, households,
      disruptionCostPerDay: Math.round(households * (0.5 + rand())),
      attributes: {
        infiltrationClass: int(1, 3),
        groundwaterDepth: Math.round((0.3 + rand() * 2.5) * 10) / 10,
        pavedShare: model?.attributes?.pavedShare ?? 0.5,
        // What the rainwater variants' expressions read (see ./example/variants).
        rainwaterDwellings: int(60, 400),
        pavedM2PerDwelling: int(40, 60),
      },
    });
    for (let w = 0; w < worksPerNeighbourhood; w++) {
      const kindId = pickKind();
      const k = workKinds[kindId];
      const [lo, hi] = quantity[kindId];
      const qty = int(lo, hi);
      const direct = qty * k.unitCost;
      const sewer = kindId === 'sewerCombined' || kindId === 'sewerSeparated';
      if (variants && sewer) {
        // A variant work keeps its id, years, window, street and deferral; the rest comes from
        // the variant chosen for its neighbourhood.
        works.push({
          id: `${id}-${String(w + 1).padStart(3, '0')}`, neighbourhood: id,
          description: 'Hemelwater: riool vervangen of afkoppelen',
          plannedYear: baseYear + int(0, horizonYears - 1), street: `Straat ${int(1, streetsPerNeighbourhood)}`,
          maxAdvanceYears: int(0, k.maxAdvanceYears), maxDeferYears: int(0, k.maxDeferYears),
          deferralCostPerYear: Math.round((direct * k.deferralShare) / 100) * 100,
          currentOpex: Math.round(qty * k.currentOpexPerUnit), variantGroup: 'hemelwater',
        });
        continue;
      }
      works.push({
        id: `${id}-${String(w + 1).padStart(3, '0')}`,
        neighbourhood: id,
        party: k.party,
        category: k.category,
        description: k.description,
        plannedYear: baseYear + int(0, horizonYears - 1),
        quantity: qty,
        unit: k.unit,
        unitCost: k.unitCost,
        durationDays: Math.max(1, Math.round(qty * k.daysPerUnit)),
        street: `Straat ${int(1, streetsPerNeighbourhood)}`,
        openedArea: Math.round(qty * k.areaPerUnit),
        maxAdvanceYears: int(0, k.maxAdvanceYears),
        maxDeferYears: int(0, k.maxDeferYears),
        lifetimeYears: k.lifetimeYears,
        deferralCostPerYear: Math.round((direct * k.deferralShare) / 100) * 100,
        currentOpex: Math.round(qty * k.currentOpexPerUnit),
        annualOpex: Math.round(qty * k.annualOpexPerUnit),
        tags: [...k.tags],
      });
    }
  }
  return scenarioSchema.parse({
    settings: { ...settings, name: `Synthetische stad (seed ${seed})`, horizonYears },
    neighbourhoods, parties, works, variants: variants ? structuredClone(rainwaterVariants) : [],
    ...(geometry ? { geometry: cityGeometry(neighbourhoods.map((n) => n.id), seed) } : {}),
  });
}

async function cli(argv: string[]): Promise<void> {
  const out = argv.find((a) => !a.startsWith('--')) ?? '.bench/city.xlsx';
  const opt = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : undefined;
  };
  const city = generateCity({ seed: opt('seed'), neighbourhoods: opt('neighbourhoods'), worksPerNeighbourhood: opt('works') });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, writeWorkbook(city, { lang: 'nl' }));
  console.log(`${out}: ${city.neighbourhoods.length} neighbourhoods, ${city.works.length} works`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
