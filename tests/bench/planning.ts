// `npm run bench:planning`: importing a 50,000-row planning CSV (goal ≤ 2 s), from the bytes to the
// scenario with that party's works replaced: decode (Windows-1252), delimiter, header search,
// mapping proposal, row conversion and checks, neighbourhood matching, the replacement and its
// diff. Computing the steps before and after is the city compute's own benchmark (npm run bench).
// Prints figures, never fails on time.
import { importPlanning, proposeMapping, readPlanningSource, replacePartyWorks } from '../../engine/planning';
import { scenarioSchema } from '../../engine/scenario/schema';
import { median, time } from './timing';

const ROWS = 50_000;
const NEIGHBOURHOODS = 500;

const scenario = scenarioSchema.parse({
  settings: { baseYear: 2026, horizonYears: 40 },
  neighbourhoods: Array.from({ length: NEIGHBOURHOODS }, (_, i) => ({
    id: `N${i + 1}`, name: `Buurt ${i + 1}`, extra: { BU_CODE: `BU0363${String(i).padStart(4, '0')}` },
  })),
  parties: [{ id: 'riool' }, { id: 'net' }],
  works: Array.from({ length: ROWS }, (_, i) => ({
    id: `S-${i}`, neighbourhood: `N${(i % NEIGHBOURHOODS) + 1}`, party: 'riool', plannedYear: 2030, quantity: 1, unitCost: 1, lifetimeYears: 60,
  })),
});

const lines = ['Gemeente Voorbeeld;;;;;;', 'Rioleringsplan 2027-2031;;;;;;',
  'Objectcode;Buurtcode;Omschrijving;Vervangingsjaar;Lengte (m);Eenheidsprijs;Levensduur'];
for (let i = 0; i < ROWS; i++) {
  const year = 2027 + (i % 30);
  lines.push(`S-${i + (i % 10 === 0 ? ROWS : 0)};BU0363${String(i % NEIGHBOURHOODS).padStart(4, '0')};"Vervanging riool café-straat ${i}";${year};${(i % 97) + 1},5;1.${String(i % 1000).padStart(3, '0')},25;60`);
}
const text = `${lines.join('\r\n')}\r\n`;
const bytes = new Uint8Array(text.length);
for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) === 0xe9 ? 0xe9 : text.charCodeAt(i);

function run() {
  const read = readPlanningSource(bytes, 'riool.csv');
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const mapping = proposeMapping(read.source)!;
  const imp = importPlanning(read.source, mapping, 'riool', scenario);
  if (imp.problems.length) throw new Error(`${imp.problems.length} problems, first ${JSON.stringify(imp.problems[0])}`);
  return replacePartyWorks(scenario, 'riool', imp.works);
}

for (let i = 0; i < 2; i++) run();
const samples = Array.from({ length: 5 }, () => {
  (globalThis as { gc?: () => void }).gc?.();
  return time(run);
});
const last = samples[samples.length - 1]!.value.diff;
console.log(`import a ${ROWS.toLocaleString('en')}-row planning CSV (${(bytes.length / 1e6).toFixed(1)} MB, Windows-1252, ;):`
  + ` median ${median(samples.map((s) => s.ms)).toFixed(0)} ms wall, ${median(samples.map((s) => s.cpuMs)).toFixed(0)} ms CPU (goal ≤ 2000 ms)`);
console.log(`  diff: ${last.added.length} added, ${last.removed.length} removed, ${last.changed.length} changed, ${last.unchanged} unchanged`);
