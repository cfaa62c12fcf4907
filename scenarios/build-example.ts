// Writes the example "Vier testwijken" to scenarios/vier-testwijken.xlsx (a Dutch workbook).
// Regenerate after changing scenarios/example/**:  npx tsx scenarios/build-example.ts
// tests/cli/example.test.ts checks that the committed workbook holds what the code builds.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeWorkbook } from '../engine/workbook/write';
import { buildExample } from './example';

export const examplePath = fileURLToPath(new URL('./vier-testwijken.xlsx', import.meta.url));

const scenario = buildExample();
writeFileSync(examplePath, writeWorkbook(scenario, { lang: 'nl' }));
console.log(`${examplePath}: ${scenario.neighbourhoods.length} wijken, ${scenario.works.length} werken`);
