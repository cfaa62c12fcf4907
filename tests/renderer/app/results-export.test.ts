// The interface's results export with the real engine and SheetJS: the formula workbook written in
// a worker (the worker's own answer function, behind structured clones) holds the Comparison
// formulas with the engine's figures as cached values; the values workbook carries the tornado,
// Monte Carlo and break-even sheets of an uncertainty run, as `sensitivity --out` writes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { t } from '../../../engine/i18n';
import '../../../engine/i18n/uncertainty';
import '../../../engine/i18n/results';
import { readWorkbook } from '../../../engine/workbook/read';
import { compute } from '../../../engine/compute';
import { createSensitivityHost, type AnalysisResult, type FromWorker } from '../../../engine/uncertainty/protocol';
import { inputKey, uncertainInputs } from '../../../engine/uncertainty/inputs';
import type { Scenario } from '../../../engine/scenario/schema';
import { makeResultsWriter, type WorkerLike } from '../../../renderer/app/compute/computer';
import { answerJob } from '../../../renderer/app/compute/answer';
import type { ComputeAnswer, ComputeJob } from '../../../renderer/app/compute/protocol';
import { comparisonFigures, engineFigures } from '../../formulas/helpers';

const exampleBytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'scenarios', 'vier-testwijken.xlsx')));
const read = readWorkbook(exampleBytes);
if (!read.ok) throw new Error('example does not read');
const example = read.scenario;

/** Runs the worker's answer function on a timer, with structured clones both ways. */
class CloneWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<ComputeAnswer>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  kinds: string[] = [];
  terminated = false;
  postMessage(job: ComputeJob): void {
    this.kinds.push(job.kind);
    setTimeout(() => this.onmessage?.({ data: structuredClone(answerJob(structuredClone(job))) } as MessageEvent<ComputeAnswer>), 1);
  }
  terminate(): void {
    this.terminated = true;
  }
}

async function uncertaintyRun(scenario: Scenario): Promise<AnalysisResult> {
  const breakEven = uncertainInputs(scenario).filter((i) => i.kind === 'setting').map(inputKey);
  return new Promise((resolve, reject) => {
    const host = createSensitivityHost((m: FromWorker) => {
      if (m.type === 'result') resolve(m.result);
      else if (m.type === 'error' || m.type === 'cancelled') reject(new Error(m.type));
    });
    void host.handle({
      type: 'run', id: 1, scenario, choice: { saving: 'total', perspective: 'financial' },
      tornado: true, monteCarlo: { iterations: 300, seed: 1 }, breakEven,
    });
  });
}

describe('results export', () => {
  it('writes the formula workbook in a worker: Comparison formulas whose cached values are the engine figures', async () => {
    const result = compute(example);
    const workers: CloneWorker[] = [];
    const write = makeResultsWriter(() => {
      const w = new CloneWorker();
      workers.push(w);
      return w;
    }, 0);
    const bytes = await write({ form: 'formulas', scenario: example, result, lang: 'en' });
    expect(workers.map((w) => w.kinds)).toEqual([['results']]);
    expect(workers[0]!.terminated).toBe(true);
    const wb = XLSX.read(bytes, { cellFormula: true });
    expect(wb.SheetNames[0]).toBe(t('en', 'formulas.sheet.comparison'));
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    // The step totals and the savings are formulas, not typed-in numbers.
    for (const a of ['B4', 'C4', 'B7', 'B13', 'C13']) expect(ws[a]?.f, a).toBeTruthy();
    expect(comparisonFigures(wb, 'en', result.parties.length)).toEqual(engineFigures(result));

    // Small scenarios are written on the page: no worker, the same figures.
    const onPage = await makeResultsWriter(() => {
      throw new Error('no worker expected');
    }, 10_000)({ form: 'formulas', scenario: example, result, lang: 'en' });
    expect(comparisonFigures(XLSX.read(onPage), 'en', result.parties.length)).toEqual(engineFigures(result));
  }, 60_000);

  it('adds the tornado, Monte Carlo and break-even sheets of an uncertainty run to the values workbook', async () => {
    const result = compute(example);
    const run = await uncertaintyRun(example);
    expect(run.breakEven?.length).toBeGreaterThan(0);
    const write = makeResultsWriter(() => new CloneWorker(), 0);
    const unc = ['tornado', 'montecarlo', 'breakEven'].map((k) => t('nl', `unc.sheet.${k}`));

    const withRun = XLSX.read(await write({ form: 'values', scenario: example, result, lang: 'nl', uncertainty: run }));
    expect(withRun.SheetNames[0]).toBe(t('nl', 'results.sheet.summary'));
    for (const name of unc) expect(withRun.SheetNames).toContain(name);
    // After the standard result sheets, before the input sheets, in the CLI's order.
    const at = unc.map((n) => withRun.SheetNames.indexOf(n));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(withRun.SheetNames.indexOf(t('nl', 'results.sheet.summary'))).toBeLessThan(at[0]!);
    expect(withRun.SheetNames.at(-1)).not.toBe(unc[2]);
    // The tornado's rows are the run's bars; the Monte Carlo sheet its P50.
    const tornadoRows = XLSX.utils.sheet_to_json<unknown[]>(withRun.Sheets[unc[0]!]!, { header: 1 });
    expect(tornadoRows.length - 1).toBe(run.tornado!.bars.length);
    // A variant reads by its own name, as on the screen, not by its id.
    const variantBars = run.tornado!.bars.filter((b) => b.input.kind === 'variant');
    expect(variantBars.length).toBeGreaterThan(0);
    for (const b of variantBars) {
      const name = example.variants.find((v) => v.id === b.input.id)!.name;
      expect(name).not.toBe('');
      expect(tornadoRows.map((r) => String(r[0]))).toContain(t('nl', 'unc.input.variant', { id: name }));
    }
    const mcRows = XLSX.utils.sheet_to_json<unknown[]>(withRun.Sheets[unc[1]!]!, { header: 1 });
    expect(mcRows.find((r) => r[0] === t('nl', 'unc.mc.p50'))?.[1]).toBeCloseTo(run.monteCarlo!.p50, 6);
    const beRows = XLSX.utils.sheet_to_json<unknown[]>(withRun.Sheets[unc[2]!]!, { header: 1 });
    expect(beRows.length - 1).toBe(run.breakEven!.length);

    // Without a run, and in the formula form, no uncertainty sheets.
    const plain = XLSX.read(await write({ form: 'values', scenario: example, result, lang: 'nl' }));
    for (const name of unc) expect(plain.SheetNames).not.toContain(name);
    const formulas = XLSX.read(await write({ form: 'formulas', scenario: example, result, lang: 'nl', uncertainty: run }));
    for (const name of unc) expect(formulas.SheetNames).not.toContain(name);
  }, 60_000);
});
