// `compute --json` gains `measures` and `balancing` after every earlier field, which stay as they were.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { measures } from '../../engine/measures';
import { balancing } from '../../engine/balancing/balance';
import { toSummaryJson } from '../../engine/model/summary';
import { writeWorkbook } from '../../engine/workbook/write';
import { smallScenario } from '../cofinancing/fixture';
import { runCli } from '../cli/run-cli';

const s = smallScenario();
const r = compute(s, { computedAt: 'fixed' });

describe('summary JSON measures and balancing', () => {
  it('come last; the earlier keys keep their order', () => {
    const keys = Object.keys(toSummaryJson(r));
    expect(keys.slice(-2)).toEqual(['measures', 'balancing']);
    expect(keys.slice(0, 7)).toEqual(['scenario', 'currency', 'meta', 'steps', 'savings', 'parties', 'projects']);
    // neighbourhoods (results per neighbourhood) was added just before these two.
    expect(keys.slice(-8, -2)).toEqual(['allocation', 'cofinancing', 'budgets', 'capitalCharges', 'fairness', 'neighbourhoods']);
  });

  it('hold the engine’s measures and the pro rata offer by default', () => {
    const j = JSON.parse(JSON.stringify(toSummaryJson(r)));
    expect(j.measures).toEqual(JSON.parse(JSON.stringify(measures(r))));
    expect(j.balancing.key).toBe('separate');
    expect(j.balancing).toEqual(JSON.parse(JSON.stringify(balancing(r, 'separate'))));
    // An undefined measure is null with a reason.
    const party = j.measures.parties[0].steps[0];
    expect(party.societal).toBeNull();
    expect(party.societalReason).toBe('notPerParty');
  });

  it('the command line: --json --key shapley', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koppelkans-measures-'));
    const file = join(dir, 's.xlsx');
    writeFileSync(file, writeWorkbook(s, { lang: 'en' }));
    const run = await runCli(['compute', file, '--json', '--key', 'shapley']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const j = JSON.parse(run.stdout);
    expect(j.balancing.key).toBe('shapley');
    expect(j.balancing.parties.reduce((a: number, p: { transfer: number }) => a + Math.round(p.transfer * 100), 0)).toBe(0);
    expect(j.measures.scenario.map((m: { step: string }) => m.step)).toEqual(['bundled', 'differentiated', 'integrated']);
  });
});
