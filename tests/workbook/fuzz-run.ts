// `npm run fuzz -- [count] [seed] [scale]`: a long sample of the workbook fuzzer (./fuzz). Prints the
// tally, every failure with the file number that reproduces it, and the slowest read and compute
// against the goals (a read within 1 s, a compute within 10 s). Exits 1 when a file failed.
import { runFuzz, type Outcome } from './fuzz';

const [count = 2000, seed = 1, scale = 100_000] = process.argv.slice(2).map(Number);
const started = performance.now();
const tally = new Map<string, number>();
const failures: Outcome[] = [];
let slowRead: Outcome | undefined;
let slowCompute: Outcome | undefined;
runFuzz(seed, count, { scale }, (x) => {
  tally.set(x.verdict, (tally.get(x.verdict) ?? 0) + 1);
  if (x.verdict === 'failure') {
    failures.push(x);
    console.log(`FAIL file ${x.index} (${x.mutation}): ${x.failure}`);
  }
  if (!slowRead || x.readMs > slowRead.readMs) slowRead = x;
  if (!slowCompute || x.computeMs > slowCompute.computeMs) slowCompute = x;
  if ((x.index + 1) % 500 === 0) console.log(`… ${x.index + 1} files, ${((performance.now() - started) / 1000).toFixed(0)} s`);
});
const ms = (v: number) => `${v.toFixed(0)} ms`;
console.log(`${count} files, seed ${seed}, scale ${scale}: ${[...tally].map(([k, v]) => `${v} ${k}`).join(', ')}`);
if (slowRead) console.log(`slowest read:    ${ms(slowRead.readMs)} (file ${slowRead.index}, ${slowRead.mutation}; goal ≤ 1000 ms)`);
if (slowCompute) console.log(`slowest compute: ${ms(slowCompute.computeMs)} (file ${slowCompute.index}, ${slowCompute.mutation}; goal ≤ 10000 ms)`);
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures.length > 0 ? 1 : 0);
