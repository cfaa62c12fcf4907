// The command line as a user runs it: `node cli/koppelkans.mjs compute <example> --json`, spawned
// as a whole process (start, loading, reading, computing, printing), median of three. A batch run
// over many municipalities pays this per workbook. The bundle is (re)built first when missing or
// stale, so the figure is of the bundle, never of the tsx fallback.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../cli/build.mjs';
import { bundleState } from '../../cli/bundle.mjs';
import { median } from './timing';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const goalMs = 800;

export async function benchCli(fmt: (ms: number) => string): Promise<void> {
  await cliFigure(fmt, 'CLI: koppelkans compute example --json', 'scenarios/vier-testwijken.xlsx', goalMs);
}

/** `compute <workbook> --json` as whole processes, median of three; `env` e.g. the thread count. */
export async function cliFigure(fmt: (ms: number) => string, what: string, workbook: string, goal: number, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const state = bundleState();
  if (state !== 'current') await buildCli();
  const args = ['cli/koppelkans.mjs', 'compute', workbook, '--json'];
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, KOPPELKANS_FROM_SOURCE: '', ...env } });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`koppelkans compute failed (exit ${r.status}): ${r.stderr}`);
    runs.push(ms);
  }
  const m = median(runs);
  console.log(`${what.padEnd(46)} median ${fmt(m).padStart(9)} wall` +
    `  (3 whole processes, bundle ${state === 'current' ? 'as built' : 'rebuilt first'}: ${runs.map(fmt).join(', ')}; ` +
    `goal ≤ ${fmt(goal)}: ${m <= goal ? 'within goal' : 'over goal'})`);
}
