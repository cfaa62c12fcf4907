// Compare benchmark (printed, not timed by a test): the rows that differ between the generated city
// (100 neighbourhoods × 500 works) and three others, and each party's saving side by side. Wall
// and CPU time, median of 5 after a warm-up; the view asks once per choice of scenarios.
//   npx tsx tests/bench/compare.ts
import { generateCity } from '../../scenarios/generate-city';
import { compute } from '../../engine/compute';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { diffRows, partySavings } from '../../renderer/app/state/compare';
import { median, time } from './timing';

const city = generateCity();
const edited = { ...city, works: city.works.map((w, i) => (i % 1000 === 0 ? { ...w, plannedYear: w.plannedYear + 1 } : w)) };
const reread = readWorkbook(writeWorkbook(city, { lang: 'nl' }));
if (!reread.ok) throw new Error('the city does not read back');
const other = generateCity({ seed: 9 });

for (const [label, x] of [['a copy with 50 works moved (rows shared)', edited], ['itself read back from its workbook', reread.scenario], ['another seed (every work differs)', other]] as const) {
  diffRows([city, x]);
  const runs = Array.from({ length: 5 }, () => time(() => diffRows([city, x])));
  const n = runs[0]!.value.rows.length;
  console.log(`compare rows, city vs ${label}: ${n} rows differ; median ${median(runs.map((r) => r.ms)).toFixed(0)} ms wall, ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms CPU`);
}
const results = [compute(city), compute(edited)];
const parties = time(() => partySavings(results));
console.log(`compare parties, city vs copy: ${parties.value.length} parties in ${parties.ms.toFixed(1)} ms`);
