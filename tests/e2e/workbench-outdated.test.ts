// An edit that moves a unit cost above its high estimate: the dashboard keeps the last result that
// computed, dimmed and labelled out of date; the edited cell carries the error; the fix (take the
// value as the new high) is offered beside the table and brings the result back.
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, openDashboard, type Served, type Session } from './harness';

const POLL = { timeout: 15_000 };

describe.skipIf(!hasChromium)('a breaking edit in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('keeps the last result, marks the edited cell and offers the fix', async () => {
    ({ served, session } = await openDashboard('outdated.label'));
    const page = session.page;
    await page.click('[data-testid=view-inputs]');
    const cell = page.locator('#cell-works-0-unitCost');
    await cell.fill('5000');
    await cell.press('Enter');
    // The edited cell, not the low estimate, carries the error.
    await expect.poll(() => cell.getAttribute('aria-invalid'), POLL).toBe('true');
    expect(await page.locator('#cell-works-0-unitCostLow').getAttribute('aria-invalid')).toBeNull();
    // One row numbering: the workbook row (header on row 1) in the grid and in the problem list,
    // with the work's id beside it.
    const rowHead = page.locator('#sheet-panel tbody th.rownum').first();
    expect((await rowHead.innerText()).trim()).toBe('2');
    expect(await rowHead.getAttribute('title')).toContain('OZ-01');
    await page.click('[data-testid=view-problems]');
    expect(await page.locator('.problem-list .where').first().innerText()).toMatch(/Werken, rij 2\b/);
    await page.click('[data-testid=view-inputs]');
    const fix = page.locator('[data-testid=fix-bar] button');
    expect(await fix.innerText()).toContain('5000');

    await page.click('[data-testid=view-dashboard]');
    await page.locator('[data-testid=outdated]').waitFor(POLL);
    expect(await page.locator('[data-testid=outdated]').innerText()).toContain('1 fout.');
    // The last result is still there, dimmed.
    expect(await page.locator('.dashboard-main[data-outdated] .kk-headline-card').count()).toBeGreaterThan(0);
    expect(await page.locator('.dashboard-view.stale').count()).toBe(1);

    await page.click('[data-testid=view-inputs]');
    await page.locator('[data-testid=fix-bar] button').click();
    await expect.poll(() => page.locator('#cell-works-0-unitCostHigh').inputValue(), POLL).toMatch(/^5\.?000$/);
    await page.click('[data-testid=view-dashboard]');
    await page.locator('.kk-headline-card').first().waitFor(POLL);
    expect(await page.locator('[data-testid=outdated]').count()).toBe(0);
    expect(session.errors).toEqual([]);
  }, 180_000);
});
