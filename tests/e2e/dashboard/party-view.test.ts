// The party view in Chromium on the built app: its figures equal the engine's --json summary for
// that party (the example and a co-financing scenario); screenshots at 1280×720 and 1440×900 with
// nothing cut off and no inner table scrolling sideways, the party table's flag column included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compute } from '../../../engine/compute';
import { toSummaryJson } from '../../../engine/model/summary';
import { partyFigures } from '../../../engine/proposal/party';
import { writeWorkbook } from '../../../engine/workbook/write';
import { smallScenario } from '../../cofinancing/fixture';
import { exampleScenario, hasChromium, openDashboard, screenshotPath, type Served, type Session } from '../harness';

describe.skipIf(!hasChromium)('party view in Chromium', () => {
  let served: Served;
  let s: Session;

  beforeAll(async () => {
    ({ served, session: s } = await openDashboard('party.remedy.transfer', { ready: '[data-section="party"]' }));
  }, 240_000);

  afterAll(async () => {
    await s?.close();
    await served?.close();
  });

  const value = (sel: string) => s.page.$eval(sel, (e) => Number(e.getAttribute('data-value')));
  const cents = (v: number) => Math.round(v * 100);

  async function checkParty(json: ReturnType<typeof toSummaryJson>, result: ReturnType<typeof compute>, party: string) {
    const { page } = s;
    await page.click(`[data-open-party="${party}"]`);
    await page.waitForSelector(`[data-section="party"][data-party="${party}"]`);
    const jp = json.parties.find((p) => p.id === party)!;
    expect(cents(await value('[data-pv="separate"]'))).toBe(cents(jp.separatePV));
    expect(cents(await value('[data-pv="integrated"]'))).toBe(cents(jp.integratedPV));
    expect(cents(await value('[data-saving]'))).toBe(cents(jp.saving));
    const jb = json.balancing.parties.find((p) => p.party === party)!;
    expect(cents(await value('[data-transfer]'))).toBe(cents(jb.transfer));
    const jm = json.measures.parties.find((p) => p.party === party)!;
    for (const st of jm.steps) {
      expect(cents(await value(`[data-measure-step="${st.step}"] td`))).toBe(cents(st.financial.netSavings));
    }
    // Shares per project equal the engine's allocation to this party; cash per year its cash.
    const shares = await page.$$eval('[data-party-table="projects"] [data-share]', (els) => els.map((e) => Number(e.getAttribute('data-value'))));
    expect(shares.map(cents)).toEqual(partyFigures(result, party).projects.map((p) => cents(p.share)));
    const cash = await page.$$eval('[data-party-table="cash"] [data-cash]', (els) => els.map((e) => [Number(e.getAttribute('data-cash')), Number(e.getAttribute('data-value'))]));
    const integrated = result.steps[3]!.parties.find((p) => p.party === party)!.cash;
    for (const [year, v] of cash) expect(cents(v!)).toBe(cents(integrated[year! - result.settings.baseYear]!));
    // The displayed text is the euro amount with cents in the page's language.
    const lang = (await page.$eval('.kk-dashboard', (e) => e.getAttribute('lang'))) === 'en' ? 'en-GB' : 'nl-NL';
    const text = await page.$eval('[data-saving]', (e) => e.textContent ?? '');
    const fmt = new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(text.replace(/\s/g, ' ')).toBe(fmt.format(jp.saving).replace(/\s/g, ' '));
  }

  async function nothingCutOff() {
    const { page } = s;
    // Charts follow a new window size on their ResizeObserver's next frames: the settled layout counts.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { timeout: 10_000 }).toBeLessThanOrEqual(0);
    // The party table's flag column is inside its card, not scrolled out of view.
    const cut = await page.$eval('[data-section="parties"]', (card) => {
      const box = card.getBoundingClientRect();
      const scroller = card.querySelector('.kk-scroll')!;
      const flags = [...card.querySelectorAll('thead th:last-child, .kk-flag-cell')].map((e) => e.getBoundingClientRect());
      return { overflow: scroller.scrollWidth - scroller.clientWidth, right: Math.max(...flags.map((f) => f.right)) - box.right };
    });
    expect(cut.overflow).toBeLessThanOrEqual(0);
    expect(cut.right).toBeLessThanOrEqual(0);
    const party = await page.$eval('[data-section="party"]', (card) => {
      const box = card.getBoundingClientRect();
      return [...card.querySelectorAll('.kk-scroll')].map((e) => e.scrollWidth - e.clientWidth).concat(card.scrollWidth - box.width);
    });
    // Neither the card nor any table inside it needs sideways scrolling for its columns.
    for (const overflow of party) expect(overflow).toBeLessThanOrEqual(1);
    return party;
  }

  it('the example: every party equals the engine JSON; screenshots 1280×720 and 1440×900', async () => {
    const sc = exampleScenario();
    const r = compute(sc);
    const json = toSummaryJson(r);
    for (const p of r.parties) await checkParty(json, r, p.id);
    const flagged = r.parties.find((p) => p.flagged) ?? r.parties[0]!;
    await s.page.click(`[data-open-party="${flagged.id}"]`);
    await s.page.click('[data-try-rules]');
    await s.page.waitForSelector('[data-rules-tried]');
    expect(await s.page.$eval('[data-rules-tried]', (e) => e.textContent ?? '')).toMatch(/.+/);
    await s.page.setViewportSize({ width: 1280, height: 720 });
    await nothingCutOff();
    await s.page.locator('[data-section="party"]').scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: screenshotPath('party-view-1280x720') });
    await s.page.setViewportSize({ width: 1440, height: 900 });
    await nothingCutOff();
    await s.page.locator('[data-section="parties"]').scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: screenshotPath('party-table-1440x900') });
    await s.page.locator('[data-section="party"]').scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: screenshotPath('party-view-1440x900') });
    expect(s.errors).toEqual([]);
  }, 120_000);

  it('a co-financing scenario opened by the file picker', async () => {
    const sc = smallScenario();
    const r = compute(sc);
    const bytes = Buffer.from(writeWorkbook(sc, { lang: 'nl' }));
    const [chooser] = await Promise.all([s.page.waitForEvent('filechooser'), s.page.click('[data-testid=open]')]);
    await chooser.setFiles({ name: 'cofinanciering.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    await s.page.locator('[data-testid=doc-tab]', { hasText: 'cofinanciering' }).waitFor();
    await s.page.waitForSelector('[data-open-party="rijk"]', { timeout: 60_000 });
    const json = toSummaryJson(r);
    for (const p of r.parties) await checkParty(json, r, p.id);
    expect(await s.page.$$eval('[data-party-table="cofinancing"] tbody tr', (els) => els.length)).toBeGreaterThan(0);
    await s.page.setViewportSize({ width: 1280, height: 720 });
    await nothingCutOff();
    await s.page.setViewportSize({ width: 1440, height: 900 });
    await nothingCutOff();
    await s.page.locator('[data-section="party"]').scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: screenshotPath('party-view-cofinancing-1440x900') });
    expect(s.errors).toEqual([]);
  }, 120_000);
});
