// Smaller things a user meets in the browser build, each in real Chromium: an open explanation
// follows a language switch; Ctrl+Shift+S asks for a name where Ctrl+S saves at once; a file that
// could not be opened shows in its own place, not under the open scenario's problems; the party
// table's footnote uses only characters the Debian fonts (fonts-dejavu-core) can draw.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, openDashboard, type Served, type Session } from './harness';

const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Whether DejaVu Sans, the font Debian's Chromium falls back on, has a glyph for this character. */
function dejaVuHas(ch: string): boolean {
  const hex = ch.codePointAt(0)!.toString(16);
  return execFileSync('fc-list', [`:family=DejaVu Sans:charset=${hex}`, 'family'], { encoding: 'utf8' }).trim() !== '';
}
const hasFcList = (() => {
  try {
    execFileSync('fc-list', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasChromium)('workbench details in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('an open explanation follows a switch of the interface language', async () => {
    ({ served, session } = await openDashboard('ui.saveAs.title'));
    const page = session.page;
    const number = page.locator('.kk-headline-card[data-perspective="financial"] .kk-saving button.kk-num').first();
    await number.click();
    const title = page.locator('#kk-explain-title');
    await title.waitFor();
    const dutch = norm(await title.innerText());
    expect(dutch).toMatch(/^Uitleg: /);
    await page.selectOption('[data-testid=language]', 'en');
    await expect.poll(async () => norm(await title.innerText())).not.toBe(dutch);
    const switched = norm(await page.locator('.kk-explain').innerText());
    // The same explanation opened afresh in English reads the same, to the last input.
    await page.locator('.kk-explain button', { hasText: 'Close' }).click();
    await number.click();
    await title.waitFor();
    expect(norm(await page.locator('.kk-explain').innerText())).toBe(switched);
    expect(switched).not.toContain('Besparing');
    await page.locator('.kk-explain button', { hasText: 'Close' }).click();
    await page.selectOption('[data-testid=language]', 'nl');
    expect(session.errors).toEqual([]);
  }, 180_000);

  it('Ctrl+S saves at once; Ctrl+Shift+S asks for a name and saves under it', async () => {
    const page = session!.page;
    const tab = page.locator('[data-testid=doc-tab][aria-selected=true]');
    const before = norm(await tab.innerText());
    const [plain] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    expect(plain.suggestedFilename()).toBe(`${before}.xlsx`);
    expect(await page.locator('[data-testid=save-as]').count()).toBe(0);

    await page.keyboard.press('Control+Shift+S');
    const dialog = page.locator('[data-testid=save-as]');
    await dialog.waitFor({ timeout: 5_000 });
    const field = page.locator('[data-testid=save-as-name]');
    expect(await field.inputValue()).toBe(before);
    // Escape leaves without saving.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await page.keyboard.press('Control+Shift+S');
    await field.waitFor();
    await field.fill('mijn variant');
    const [named] = await Promise.all([page.waitForEvent('download'), field.press('Enter')]);
    expect(named.suggestedFilename()).toBe('mijn variant.xlsx');
    await expect.poll(async () => norm(await tab.innerText())).toContain('mijn variant');
    expect(session!.errors).toEqual([]);
  }, 120_000);

  it('a file that could not be opened shows in its own place, not under the open scenario', async () => {
    const page = session!.page;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({ name: 'kapot.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('dit is geen werkmap') });
    const own = page.locator('[data-testid=failed-imports]');
    await own.waitFor({ timeout: 15_000 });
    expect(norm(await own.innerText())).toContain('kapot.xlsx');
    // The scenario's own view stays; its Problems do not list the other file.
    expect(await page.locator('[data-testid=view-dashboard]').getAttribute('aria-selected')).toBe('true');
    await page.click('[data-testid=view-problems]');
    await page.locator('section.problems').waitFor();
    expect(norm(await page.locator('section.problems').innerText())).not.toContain('kapot.xlsx');
    expect(await page.locator('[data-testid=view-problems]').innerText()).not.toMatch(/\(\d+\)/);
    await own.getByRole('button', { name: 'Verbergen' }).click();
    await expect.poll(() => own.count()).toBe(0);
    await page.click('[data-testid=view-dashboard]');
    expect(session!.errors).toEqual([]);
  }, 120_000);

  it.skipIf(!hasFcList)('the party table and its footnote use only characters DejaVu Sans can draw', async () => {
    const page = session!.page;
    const note = page.locator('[data-outside-core]');
    await note.waitFor({ timeout: 30_000 });
    const text = await page.locator('[data-section="parties"]').innerText();
    const missing = [...new Set(text)].filter((ch) => ch.codePointAt(0)! > 0x7e && !dejaVuHas(ch));
    expect(missing).toEqual([]);
    expect(session!.errors).toEqual([]);
  }, 60_000);
});
