import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz';

// A bounded sample of the workbook fuzzer (`npm run fuzz` runs a long one). No timing is asserted:
// a hang times the test out, which is the point.
describe('hostile workbooks (seeded mutation fuzzer)', () => {
  it('300 damaged copies of the example: only proper problems, no NaN or Infinity, texts in nl and en', () => {
    const outcomes = runFuzz(11, 300, { scale: 2000 });
    const failures = outcomes.filter((x) => x.verdict === 'failure').map((x) => `file ${x.index} (${x.mutation}): ${x.failure}`);
    expect(failures).toEqual([]);
    // The sample reaches both sides: some damage is harmless, most is refused.
    expect(outcomes.some((x) => x.verdict === 'accepted')).toBe(true);
    expect(outcomes.some((x) => x.verdict === 'refused')).toBe(true);
  }, 300_000);
});
