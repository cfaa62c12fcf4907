// `npm run bench`: median wall-clock times of the operations issue 2 sets goals for. Prints figures,
// never fails on time (benchmarks, not tests; the machine is shared).
//
//   npm run bench                 example 200×, city 3× each
//   npm run bench -- --reps 1     fewer city repetitions
//   npm run bench -- --city-only / --example-only
//   npm run bench -- --no-browser  skip the Chromium worker figure (issue 7)
import { mkdir, writeFile } from 'node:fs/promises';
import { compute } from '../../engine/model/compute';
import { toSummaryJson } from '../../engine/model/summary';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { buildExample } from '../../scenarios/example';
import { generateCity } from '../../scenarios/generate-city';
import { median, time, type Timed } from './timing';
import { benchUncertainty } from './uncertainty';
import { loadavg } from 'node:os';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const reps = Number(arg('reps') ?? 3);


function report(what: string, runs: Timed<unknown>[], goalMs: number): void {
  const m = median(runs.map((r) => r.ms));
  const cpu = median(runs.map((r) => r.cpuMs));
  const status = m <= goalMs ? 'within goal' : 'over goal';
  console.log(`${what.padEnd(46)} median ${fmt(m).padStart(9)} wall, ${fmt(cpu).padStart(9)} CPU` +
    `  (${runs.length} runs; goal ≤ ${fmt(goalMs)}: ${status})`);
}

/** The figures without the value: keeping every run's city result (or read scenario) alive makes
 *  the garbage collector of later runs mark hundreds of megabytes no real caller keeps. */
function timesOnly(t: Timed<unknown>): Timed<unknown> {
  return { value: undefined, ms: t.ms, cpuMs: t.cpuMs };
}

function fmt(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

async function main(): Promise<void> {
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`Koppelkans benchmarks, Node ${process.version}, ${new Date().toISOString()}, load average ${load}`);
  if (!argv.includes('--city-only')) {
    const example = buildExample();
    for (let i = 0; i < 20; i++) compute(example); // warm up the JIT
    const runs = Array.from({ length: 200 }, () => timesOnly(time(() => compute(example))));
    report(`example: full compute (${example.works.length} works)`, runs, 5);
    // The allocation, capital-charge and fairness views are built when first read (engine/model/lazy):
    // this line is what a caller pays that reads everything the --json summary holds.
    const withViews = Array.from({ length: 100 }, () => timesOnly(time(() => toSummaryJson(compute(example)))));
    report('example: compute + --json summary (all views)', withViews, 5);
    // Issue 7: tornado and Monte Carlo (Node and the browser worker; --no-browser skips Chromium).
    await benchUncertainty(argv);
  }
  if (argv.includes('--example-only')) return;

  const gen = time(() => generateCity());
  const city = gen.value;
  console.log(`city: ${city.neighbourhoods.length} neighbourhoods, ${city.works.length} works, ` +
    `${city.settings.horizonYears}-year horizon, bundleMode ${city.settings.bundleMode}, ` +
    `${city.works.filter((w) => w.variantGroup).length} works in variant groups (generated in ${fmt(gen.ms)})`);

  let bytes: Uint8Array = new Uint8Array();
  const writes: Timed<unknown>[] = [];
  for (let i = 0; i < reps; i++) {
    const w = time(() => writeWorkbook(city, { lang: 'nl' }));
    writes.push(timesOnly(w));
    bytes = w.value;
  }
  await mkdir('.bench', { recursive: true });
  await writeFile('.bench/city.xlsx', bytes);
  report(`city: write workbook (${(bytes.length / 1e6).toFixed(1)} MB)`, writes, 3000);

  const reads: Timed<unknown>[] = [];
  for (let i = 0; i < reps; i++) {
    const r = time(() => readWorkbook(bytes));
    if (!r.value.ok) throw new Error(`city workbook does not read back: ${r.value.problems.slice(0, 3).map((p) => p.code).join(', ')}`);
    reads.push(timesOnly(r));
  }
  report('city: read workbook', reads, 3000);

  const computes: Timed<unknown>[] = [];
  let last;
  for (let i = 0; i < reps; i++) {
    last = undefined; // one result alive at a time, as in the app
    const c = time(() => compute(city));
    computes.push(timesOnly(c));
    last = c.value;
  }
  report(`city: full compute (variants), optimal bundling`, computes, 2000);
  const withViews: Timed<unknown>[] = [];
  for (let i = 0; i < reps; i++) withViews.push(timesOnly(time(() => toSummaryJson(compute(city)))));
  report('city: compute + --json summary (all views)', withViews, 2000);
  if (last) {
    const methods = new Map<string, number>();
    for (const n of last.optimiser.neighbourhoods) methods.set(n.method, (methods.get(n.method) ?? 0) + 1);
    const sep = last.steps[0]?.pv.financial ?? 0;
    console.log(`city: bundling saving ${(100 * last.savings.bundling.financial / sep).toFixed(1)}% of separate PV; ` +
      `optimiser per neighbourhood: ${[...methods].map(([m, n]) => `${m} ${n}`).join(', ')}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
