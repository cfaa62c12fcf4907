// Benchmarks of issue 7 (uncertainty), part of `npm run bench`; also runs alone:
//   npx tsx tests/bench/uncertainty.ts [--no-browser]
// Goals: 10,000 Monte Carlo iterations on the example ≤ 5 s in Node and in the browser worker; a
// tornado over every uncertain input ≤ 200 ms. Prints figures, never fails on time.
import { pathToFileURL } from 'node:url';
import { fixedPlanModel, monteCarlo, replanModel, tornado } from '../../engine/uncertainty';
import { buildExample } from '../../scenarios/example';
import { median, time, type Timed } from './timing';

const fmt = (ms: number) => (ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);

function report(what: string, runs: Timed<unknown>[], goalMs?: number): void {
  const m = median(runs.map((r) => r.ms));
  const cpu = median(runs.map((r) => r.cpuMs));
  const goal = goalMs === undefined ? '' : `; goal ≤ ${fmt(goalMs)}: ${m <= goalMs ? 'within goal' : 'over goal'}`;
  console.log(`${what.padEnd(46)} median ${fmt(m).padStart(9)} wall, ${fmt(cpu).padStart(9)} CPU  (${runs.length} runs${goal})`);
}

export async function benchUncertainty(argv: readonly string[] = []): Promise<void> {
  const example = buildExample();
  const prep = Array.from({ length: 5 }, () => time(() => fixedPlanModel(example)));
  const model = prep[0]!.value;
  report(`uncertainty: prepare fixed plan (${model.inputs.length} inputs)`, prep);
  for (let i = 0; i < 5; i++) tornado(model); // warm up the JIT
  report('uncertainty: tornado over every input', Array.from({ length: 20 }, () => time(() => tornado(model))), 200);
  report('uncertainty: Monte Carlo 10,000 (Node)',
    Array.from({ length: 3 }, () => time(() => monteCarlo(model, { iterations: 10_000, seed: 1 }))), 5000);
  // The slower option: a full compute() per draw. 20 draws, scaled to 10,000.
  const re = replanModel(example);
  const r = time(() => monteCarlo(re, { iterations: 20, seed: 1 }));
  console.log(`${'uncertainty: re-planning per draw (scaled)'.padEnd(46)} ${fmt((r.ms / 20) * 10_000).padStart(16)} wall for 10,000 (measured 20 draws: ${fmt(r.ms)})`);

  if (argv.includes('--no-browser')) return;
  const { hasChromium, openWorkerPage } = await import('../uncertainty/browser/harness');
  if (!hasChromium) {
    console.log('uncertainty: browser worker skipped (no Chromium at /usr/bin/chromium)');
    return;
  }
  const w = await openWorkerPage();
  try {
    const req = { scenario: example, choice: { saving: 'total', perspective: 'financial' } as const, monteCarlo: { iterations: 10_000, seed: 1 } };
    await w.page.evaluate((q) => window.kk.run({ ...q, monteCarlo: { iterations: 500, seed: 1 } }), req); // warm up
    const runs: { ms: number; mc: number; gap: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const out = await w.page.evaluate((q) => window.kk.run(q), req);
      if (out.kind !== 'result') throw new Error(`browser run ended ${out.kind}`);
      runs.push({ ms: out.ms, mc: out.result.monteCarloMs ?? Number.NaN, gap: out.maxTimerGapMs });
    }
    const m = median(runs.map((x) => x.ms));
    console.log(`${'uncertainty: Monte Carlo 10,000 (browser)'.padEnd(46)} median ${fmt(m).padStart(9)} wall incl. preparation, ` +
      `${fmt(median(runs.map((x) => x.mc)))} iterations only, page timer max gap ${fmt(Math.max(...runs.map((x) => x.gap)))}` +
      `  (3 runs; goal ≤ ${fmt(5000)}: ${m <= 5000 ? 'within goal' : 'over goal'})`);
  } finally {
    await w.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchUncertainty(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
