// A scenario computed straight after its read takes the read's own validation instead of checking
// it again: the same outcome, to the byte, as a computation that validates; and only once, so a
// later computation of the same object checks it afresh.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../engine/scenario/validate';
import { writeWorkbook } from '../../../engine/workbook/write';
import { computeScenario, readScenarioBytes, takeReadCheck } from '../../../renderer/app/compute/engine';
import { generateCity } from '../../../scenarios/generate-city';

const json = (v: unknown) => JSON.stringify(v, (k, x) => (k === 'computedAt' || k === 'ms' ? undefined : x));

describe("the read's validation, reused by the first computation", () => {
  it('gives the outcome a validating computation gives, once', () => {
    const city = generateCity({ seed: 5, neighbourhoods: 4, worksPerNeighbourhood: 200, horizonYears: 40 });
    const read = readScenarioBytes(writeWorkbook(city, { lang: 'en' }));
    if (!read.ok) throw new Error('the city must read');
    const checked = takeReadCheck(read.scenario);
    expect(checked).toEqual(validateScenario(read.scenario));
    expect(takeReadCheck(read.scenario)).toBeUndefined();
    expect(json(computeScenario(read.scenario, checked))).toBe(json(computeScenario(read.scenario)));
  });
});
