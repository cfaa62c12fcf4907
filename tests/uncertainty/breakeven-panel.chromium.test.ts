// The break-even table of the uncertainty panel in the built app, in Chromium: after a run in the
// worker it lists every ranged setting of the example with the value the engine finds in Node (or
// "geen tussen … en …"), in Dutch number formats, and the break-even control beside the what-if
// panel still answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakEven, fixedPlanModel, inputKey } from '../../engine/uncertainty';
import { inputLabel, inputValue } from '../../engine/uncertainty/labels';
import { exampleScenario, hasChromium, openDashboard, screenshotPath, type Served, type Session } from '../e2e/harness';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!hasChromium)('break-even in the uncertainty panel (Chromium)', () => {
  let server: Served;
  let s: Session;
  beforeAll(async () => {
    // A build from before this feature is rebuilt.
    ({ served: server, session: s } = await openDashboard('unc-breakeven', { height: 900, ready: '[data-testid=uncertainty-panel]' }));
  }, 300_000);
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  it('shows the engine break-even of every ranged setting, in Dutch formats', async () => {
    const scenario = exampleScenario();
    const model = fixedPlanModel(scenario);
    const settings = model.inputs.filter((i) => i.kind === 'setting');
    expect(settings.length).toBeGreaterThan(0);
    const page = s.page;
    const panel = page.locator('[data-testid=uncertainty-panel]');
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('input[type=number]').first().fill('500');
    await page.click('[data-testid=unc-run]');
    const table = page.locator('[data-testid=unc-breakeven]');
    await table.waitFor({ timeout: 60_000 });
    expect(norm(await table.locator('h3').innerText())).toBe('Omslagpunten');
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      key: tr.getAttribute('data-input'), cells: [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
    })));
    expect(rows.map((row) => row.key)).toEqual(settings.map(inputKey));
    for (const [i, input] of settings.entries()) {
      const b = breakEven(model, inputKey(input), { saving: 'total', perspective: 'financial' });
      const answer = b.found ? inputValue('nl', input, b.value) : `geen tussen ${inputValue('nl', input, input.low)} en ${inputValue('nl', input, input.high)}`;
      expect(rows[i]!.cells[0]).toBe(inputLabel('nl', input));
      expect(rows[i]!.cells[3]).toBe(norm(answer));
    }
    // Dutch formats: percentages with a decimal comma, euros with a point between thousands.
    const cells = rows.flatMap((row) => row.cells.slice(1));
    expect(cells.some((c) => /^\d+,\d\d%$/.test(c))).toBe(true);
    expect(cells.some((c) => /^-?€ -?\d{1,3}(\.\d{3})+$/.test(c))).toBe(true);
    await table.screenshot({ path: screenshotPath('uncertainty-breakeven') });
    expect(s.errors).toEqual([]);
  }, 120_000);

  it('the break-even control beside the what-if panel still answers', async () => {
    const control = s.page.locator('[data-testid=breakeven]');
    await control.scrollIntoViewIfNeeded();
    await control.locator('button').click();
    await control.locator('[data-testid=breakeven-answer]').waitFor({ timeout: 30_000 });
    expect(norm(await control.locator('[data-testid=breakeven-answer]').innerText())).toMatch(/^Discontovoet: (geen omslagpunt|de besparing is nul)/);
    expect(s.errors).toEqual([]);
  }, 120_000);
});
