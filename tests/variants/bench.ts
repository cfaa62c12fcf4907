// Benchmarks of issue 3 (figures only, never a pass/fail on time; the machine is shared):
//  - the example with its rainwater variants and zelfbeheer: full compute, median of 200 (goal ≤ 5 ms);
//  - the synthetic city with one variant group on every neighbourhood (every sewer work of the
//    city becomes a variant work): full compute, median of --reps runs (goal ≤ 2 s).
//
//   npx tsx tests/variants/bench.ts [--reps 3] [--example-only]
import { compute } from '../../engine/compute';
import { makeContext } from '../../engine/model/context';
import { resolveAll } from '../../engine/model/resolve';
import { scenarioSchema, type Scenario } from '../../engine/scenario/schema';
import { addCitizenMaintenance } from '../../scenarios/example/citizen';
import { neighbourhoods } from '../../scenarios/example/neighbourhoods';
import { parties } from '../../scenarios/example/parties';
import { settingRanges, settings } from '../../scenarios/example/settings';
import { addVariants, rainwaterVariants } from '../../scenarios/example/variants';
import { works } from '../../scenarios/example/works';
import { generateCity, rng } from '../../scenarios/generate-city';
import { median, time } from '../bench/timing';

const argv = process.argv.slice(2);
const repsAt = argv.indexOf('--reps');
const reps = repsAt >= 0 ? Number(argv[repsAt + 1]) : 3;

const fmt = (ms: number): string => (ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
function report(what: string, times: number[], goal: number): void {
  const m = median(times);
  console.log(`${what.padEnd(60)} median ${fmt(m).padStart(9)} (${times.length} runs, goal ≤ ${fmt(goal)}: ${m <= goal ? 'within goal' : 'OVER GOAL'})`);
}

function example(): Scenario {
  const base = structuredClone({ settings, settingRanges, neighbourhoods, parties, works });
  return scenarioSchema.parse(addCitizenMaintenance(addVariants(base)));
}

/** The city with the example's rainwater group on every sewer work, neighbourhood attributes drawn
 *  per neighbourhood (about half of them eligible for disconnecting), and one zelfbeheer task each. */
function cityWithVariants(): Scenario {
  const city = generateCity();
  const rand = rng(7);
  const nbs = city.neighbourhoods.map((n) => ({
    ...n,
    attributes: {
      ...n.attributes,
      infiltrationClass: 1 + Math.floor(rand() * 3),
      groundwaterDepth: Math.round((0.4 + rand() * 1.6) * 10) / 10,
      rainwaterDwellings: 100 + Math.floor(rand() * 300),
      pavedM2PerDwelling: 40 + Math.floor(rand() * 30),
    },
  }));
  const sewer = new Set(['riolering']);
  const ws = city.works.map((w) => (sewer.has(w.category)
    ? { ...w, variantGroup: 'hemelwater', party: undefined, quantity: undefined, unitCost: undefined, annualOpex: undefined }
    : w));
  const tasks = nbs.map((n) => ({
    neighbourhood: n.id, task: 'groen', party: 'gem-groen', contractorHoursPerYear: 500, hourlyRate: 55,
    residentShare: 0.3, startYear: city.settings.baseYear + 1, coordinationPerYear: 2_000, dropoutRate: 0.03,
  }));
  return scenarioSchema.parse({ ...city, neighbourhoods: nbs, works: ws, variants: rainwaterVariants, citizenMaintenance: tasks });
}

const exPlain = scenarioSchema.parse(structuredClone({ settings, settingRanges, neighbourhoods, parties, works }));
for (let i = 0; i < 20; i++) compute(exPlain);
report(`example without variants/zelfbeheer (reference, ${exPlain.works.length} works)`, Array.from({ length: 200 }, () => time(() => compute(exPlain)).ms), 5);
const ex = example();
for (let i = 0; i < 20; i++) compute(ex);
report(`example + variants + zelfbeheer: full compute (${ex.works.length} works)`, Array.from({ length: 200 }, () => time(() => compute(ex)).ms), 5);

if (!argv.includes('--example-only')) {
  const plain = generateCity();
  const city = cityWithVariants();
  const variantWorks = city.works.filter((w) => w.variantGroup).length;
  console.log(`city: ${city.neighbourhoods.length} neighbourhoods, ${city.works.length} works, ${variantWorks} variant works, ` +
    `${city.citizenMaintenance.length} zelfbeheer tasks, bundleMode ${city.settings.bundleMode}`);
  // The variant part alone: resolving the works of all steps (parse once, evaluate per
  // neighbourhood, three stand-alone life-cycle PVs per variant work), against the plain city.
  report('city without variants: resolve works (reference)', Array.from({ length: reps }, () => time(() => resolveAll(makeContext(plain))).ms), 2000);
  report('city with variants: resolve works incl. variant choice', Array.from({ length: reps }, () => time(() => resolveAll(makeContext(city))).ms), 2000);
  report('city without variants: full compute (reference)', Array.from({ length: reps }, () => time(() => compute(plain)).ms), 2000);
  let last;
  const times = Array.from({ length: reps }, () => {
    const t = time(() => compute(city));
    last = t.value;
    return t.ms;
  });
  report('city, variant group on every neighbourhood: full compute', times, 2000);
  if (last) {
    const r = last as ReturnType<typeof compute>;
    const chosen = new Map<string, number>();
    for (const v of r.variants ?? []) chosen.set(v.chosen, (chosen.get(v.chosen) ?? 0) + 1);
    console.log(`city: chosen variants ${JSON.stringify(Object.fromEntries(chosen))}; differentiation saving ` +
      `€${r.savings.differentiation.financial.toFixed(2)}, citizen saving €${r.savings.citizen.financial.toFixed(2)}`);
  }
}
