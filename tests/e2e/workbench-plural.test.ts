// Counted messages use the singular for one: a workbook with one error opens "met 1 fout", and its
// dashboard says "1 melding", not "1 fouten" / "1 meldingen".
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../engine/workbook/write';
import type { Scenario } from '../../engine/scenario/schema';
import { exampleScenario, hasChromium, openDashboard, type Served, type Session } from './harness';

describe.skipIf(!hasChromium)('plural forms in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('says 1 fout and 1 melding', async () => {
    ({ served, session } = await openDashboard('ui.dashboard.notComputed#one'));
    const page = session.page;
    const sc = exampleScenario();
    const bad: Scenario = { ...sc, works: sc.works.map((w, i) => (i === 2 ? { ...w, neighbourhood: 'Nergenshuizen' } : w)) };
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({ name: 'fout.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(writeWorkbook(bad, { lang: 'nl' })) });
    const notice = page.locator('[data-testid=notice]');
    await expect.poll(() => notice.innerText(), { timeout: 15_000 }).toContain('fout.xlsx');
    expect(await notice.innerText()).toContain('met 1 fout in de invoer');
    await page.click('[data-testid=view-dashboard]');
    const msg = page.locator('.not-computed p');
    await msg.waitFor({ timeout: 15_000 });
    expect(await msg.innerText()).toBe('Het scenario kan niet worden doorgerekend: 1 melding.');
    expect(session.errors).toEqual([]);
  }, 180_000);
});
