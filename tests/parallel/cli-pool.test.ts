// The command line's compute plans a large scenario on its worker_threads pool: the --json summary
// is the one of a single-thread run (KOPPELKANS_THREADS=1) and of compute() itself, apart from
// meta.computedAt.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { poolMinWorks } from '../../engine/compute-pool';
import { summaryJsonText } from '../../engine/model/summary';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { generateCity } from '../../scenarios/generate-city';
import { runCli } from '../cli/run-cli';

const withoutTime = (json: string) => json.replace(/"computedAt": ?"[^"]*"/, '"computedAt":""');

describe('koppelkans compute on a large workbook', { timeout: 600_000 }, () => {
  it('plans on its threads and prints the single-thread summary to the byte', async () => {
    const city = generateCity({ neighbourhoods: 12, worksPerNeighbourhood: 450 });
    expect(city.works.length).toBeGreaterThanOrEqual(poolMinWorks);
    const file = join(mkdtempSync(join(tmpdir(), 'koppelkans-pool-')), 'stad.xlsx');
    writeFileSync(file, writeWorkbook(city, { lang: 'nl' }));
    const [pooled, single] = await Promise.all([
      runCli(['compute', file, '--json'], { KOPPELKANS_THREADS: '2' }),
      runCli(['compute', file, '--json'], { KOPPELKANS_THREADS: '1' }),
    ]);
    expect(pooled.code, pooled.stderr).toBe(0);
    expect(single.code, single.stderr).toBe(0);
    expect(withoutTime(pooled.stdout)).toBe(withoutTime(single.stdout));
    const read = readWorkbook(new Uint8Array(writeWorkbook(city, { lang: 'nl' })));
    if (!read.ok) throw new Error('the city workbook does not read back');
    const own = summaryJsonText(compute(read.scenario, { computedAt: '' }));
    expect(withoutTime(pooled.stdout).trim()).toBe(withoutTime(own).trim());
  });
});
