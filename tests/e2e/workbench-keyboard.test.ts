// Keyboard order: the what-if panel is reached in a few Tab stops through a skip link, not after
// the whole toolbar, tab row and dashboard.
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, openDashboard, type Served, type Session } from './harness';

describe.skipIf(!hasChromium)('keyboard order in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('reaches a what-if control within four Tab stops', async () => {
    ({ served, session } = await openDashboard('skip.whatif'));
    const page = session.page;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let stops = 0;
    for (; stops < 4; stops++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (/wat-als-paneel/.test(text)) break;
    }
    expect(stops).toBeLessThan(4);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const inPanel = await page.evaluate(() => !!document.activeElement?.closest('.whatif-aside'));
    expect(inPanel).toBe(true);
    expect(session.errors).toEqual([]);
  }, 180_000);
});
