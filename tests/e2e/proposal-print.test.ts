// The printed proposal per party in real Chromium, as the browser build prints it (print media,
// page.pdf with the page's own CSS page size, as the desktop app's printToPDF does): the PDF's
// text, read back with Ghostscript, holds the party's figures as the engine's --json summary has
// them, in Dutch and in English, on the bundled example and on a co-financing scenario; A4
// portrait, a few pages; the preview and a rendered PDF page go to test-artifacts/.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../engine/i18n/proposal-print';
import { t, type Lang } from '../../engine/i18n';
import { balancing, type BalancingKey } from '../../engine/balancing/balance';
import { compute } from '../../engine/compute';
import type { Measure } from '../../engine/measures';
import type { ComputeResult } from '../../engine/model/result';
import { partyFigures } from '../../engine/proposal/party';
import { toSummaryJson } from '../../engine/model/summary';
import type { Scenario } from '../../engine/scenario/schema';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { smallScenario } from '../cofinancing/fixture';
import { exampleScenario, hasChromium, openDashboard, screenshotPath, type Served, type Session } from './harness';
import { hasGhostscript, norm, pdfPage, pdfPages, pdfText, removePdfs } from './pdf';

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');
const eur = (lang: Lang, v: number) => norm(new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v));
const cents = (v: number) => Math.round(v * 100);

/** A measure as a controller reads it, built here from the engine's own definition of the text. */
function measure(lang: Lang, m: Measure, kind: 'ratio' | 'rate' | 'year'): string {
  if (m.value === null) return `${t(lang, 'measures.na')} (${t(lang, `measures.reason.${m.reason}`)})`;
  if (kind === 'year') return String(m.value);
  if (kind === 'rate') return norm(new Intl.NumberFormat(locale(lang), { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(m.value));
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 3 }).format(m.value);
}

describe.skipIf(!hasChromium || !hasGhostscript)('the printed proposal per party', () => {
  let served: Served;
  let s: Session;

  beforeAll(async () => {
    ({ served, session: s } = await openDashboard('print.openFor', { ready: '[data-section="party"]' }));
  }, 240_000);

  afterAll(async () => {
    await s?.close();
    await served?.close();
    removePdfs();
  });

  /** Opens the preview for a party in a language and key, prints it, closes the preview. */
  async function print(party: string, lang: Lang, key: BalancingKey = 'separate'): Promise<{ pdf: Buffer; dom: Record<string, number>; measures: Record<string, string> }> {
    const { page } = s;
    await page.click(`[data-open-party="${party}"]`);
    await page.waitForSelector(`[data-section="party"][data-party="${party}"]`);
    await page.click('[data-open-proposal]');
    await page.selectOption('[data-proposal-language]', lang);
    await page.selectOption('[data-proposal-key]', key);
    const doc = `.kk-proposal-doc[data-proposal="${party}"][data-proposal-lang="${lang}"]`;
    await page.waitForSelector(`${doc} [data-proposal-offer][data-key="${key}"]`, { timeout: 120_000 });
    const dom: Record<string, number> = await page.$eval(doc, (d) => {
      const n = (sel: string, attr = 'data-value') => Number(d.querySelector(sel)?.getAttribute(attr));
      return {
        separate: n('[data-pv="separate"]'), integrated: n('[data-pv="integrated"]'), saving: n('[data-saving]'),
        transfer: n('[data-proposal-offer]', 'data-transfer'), balanced: n('[data-proposal-offer]', 'data-balanced'),
      };
    });
    const measures = await page.$$eval(`${doc} [data-measure-step] [data-measure]`, (els) =>
      Object.fromEntries(els.map((e) => [`${e.closest('tr')!.getAttribute('data-measure-step')}/${e.getAttribute('data-measure')}`, e.textContent ?? ''])));
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-proposal-close]');
    await page.waitForSelector('.kk-proposal-root', { state: 'detached' });
    return { pdf, dom, measures };
  }

  async function check(sc: Scenario, r: ComputeResult, party: string, lang: Lang, key: BalancingKey, name: string) {
    const json = toSummaryJson(r);
    const jp = json.parties.find((p) => p.id === party)!;
    const offer = key === 'separate' ? json.balancing : balancing(r, key, sc);
    const jb = offer.parties.find((p) => p.party === party)!;
    const jm = json.measures.parties.find((p) => p.party === party)!;
    const { pdf, dom, measures } = await print(party, lang, key);
    // The page's own figures, to the cent.
    expect([dom.separate, dom.integrated, dom.saving, dom.transfer, dom.balanced].map((v) => cents(v!)))
      .toEqual([jp.separatePV, jp.integratedPV, jp.saving, jb.transfer, jb.balancedSaving].map(cents));
    // What is on paper.
    const text = pdfText(pdf, name);
    // In the proposal's language (a heading without ligatures or dashes, which the text
    // extraction does not map back).
    expect(text).toContain(t(lang, 'print.headline'));
    for (const v of [jp.separatePV, jp.integratedPV, jp.saving, jb.transfer, jb.balancedSaving]) expect(text).toContain(eur(lang, v));
    for (const st of jm.steps) {
      expect(text).toContain(eur(lang, st.financial.netSavings));
      expect(text).toContain(eur(lang, st.financial.additionalInvestment));
      // SIR, AIRR and payback as the page prints them (an "n.v.t. (reason)" wraps in its cell, so
      // the PDF's text holds it in pieces: its n.v.t. is checked there).
      for (const [k, kind] of [['sir', 'ratio'], ['airr', 'rate'], ['simplePayback', 'year'], ['discountedPayback', 'year']] as const) {
        expect(norm(measures[`${st.step}/${k}`] ?? '')).toBe(norm(measure(lang, st.financial[k], kind)));
        if (st.financial[k].value === null) expect(text).toContain(t(lang, 'measures.na'));
        else expect(text).toContain(norm(measure(lang, st.financial[k], kind)));
      }
    }
    // Every party's transfer is printed, and they add up to zero.
    for (const b of offer.parties) expect(text).toContain(eur(lang, b.transfer));
    expect(offer.parties.reduce((a, b) => a + cents(b.transfer), 0)).toBe(0);
    expect(text).toContain(r.meta.input);
    const pages = pdfPages(pdf);
    expect(pages.count).toBeGreaterThanOrEqual(1);
    expect(pages.count).toBeLessThanOrEqual(4);
    // A4 portrait: 595 × 842 points.
    expect(Math.round(pages.width)).toBe(595);
    expect(Math.round(pages.height)).toBe(842);
    return pdf;
  }

  /** No table of the preview reaches past the page's text area, on screen or with print media. */
  async function insidePage(): Promise<number[]> {
    return s.page.$eval('.kk-proposal-doc', (d) => {
      const box = d.getBoundingClientRect();
      const right = box.right - parseFloat(getComputedStyle(d).paddingRight);
      return [...d.querySelectorAll('table, p, h1, h2')].map((e) => Math.round(e.getBoundingClientRect().right - right));
    });
  }

  it('the example: every party in Dutch, one in English; A4 portrait, a few pages; screenshots', async () => {
    const sc = exampleScenario();
    const r = compute(sc);
    for (const p of r.parties) await check(sc, r, p.id, 'nl', 'separate', `proposal-${p.id}-nl`);
    const flagged = r.parties.find((p) => p.flagged) ?? r.parties[0]!;
    const pdf = await check(sc, r, flagged.id, 'en', 'equal', 'proposal-example-en');
    pdfPage(pdf, 'proposal-example-en-page1');
    // The English proposal from a Dutch interface: the document is English, the dialog Dutch.
    await s.page.click('[data-open-proposal]');
    await s.page.selectOption('[data-proposal-language]', 'en');
    expect(await s.page.$eval('.kk-proposal-doc', (e) => e.getAttribute('lang'))).toBe('en');
    expect(await s.page.$eval('[data-proposal-print]', (e) => e.textContent)).toBe(t('nl', 'print.print'));
    for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
      await s.page.setViewportSize({ width: w, height: h });
      expect(Math.max(...(await insidePage()))).toBeLessThanOrEqual(0);
      await s.page.screenshot({ path: screenshotPath(`proposal-preview-${w}x${h}`) });
    }
    await s.page.emulateMedia({ media: 'print' });
    expect(Math.max(...(await insidePage()))).toBeLessThanOrEqual(0);
    await s.page.emulateMedia({ media: 'screen' });
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector('.kk-proposal-root', { state: 'detached' });
    // Focus is back on the button that opened the preview.
    expect(await s.page.evaluate(() => document.activeElement?.hasAttribute('data-open-proposal'))).toBe(true);
    await s.page.setViewportSize({ width: 1280, height: 720 });
    expect(s.errors).toEqual([]);
  }, 600_000);

  it('a co-financing scenario: Dutch and English, the Shapley key from the worker', async () => {
    const bytes = Buffer.from(writeWorkbook(smallScenario(), { lang: 'nl' }));
    // The scenario as the app reads it from that workbook (its input hash is the stamp's).
    const read = readWorkbook(new Uint8Array(bytes));
    if (!read.ok) throw new Error('the co-financing workbook does not read');
    const sc = read.scenario;
    const r = compute(sc);
    const [chooser] = await Promise.all([s.page.waitForEvent('filechooser'), s.page.click('[data-testid=open]')]);
    await chooser.setFiles({ name: 'cofinanciering.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    await s.page.locator('[data-testid=doc-tab]', { hasText: 'cofinanciering' }).waitFor();
    await s.page.waitForSelector('[data-open-party="rijk"]', { timeout: 60_000 });
    for (const p of r.parties) {
      await check(sc, r, p.id, 'nl', 'separate', `proposal-cof-${p.id}-nl`);
      await check(sc, r, p.id, 'en', 'shapley', `proposal-cof-${p.id}-en`);
    }
    const owner = r.parties.find((p) => p.ownsWorks && r.cofinancing?.some((c) => c.flows.some((f) => f.owner === p.id)))!;
    const pdf = await check(sc, r, owner.id, 'nl', 'separate', 'proposal-cofinancing-nl');
    pdfPage(pdf, 'proposal-cofinancing-nl-page1');
    // Its co-financing received is on paper.
    const text = pdfText(pdf, 'proposal-cofinancing-nl');
    const received = partyFigures(r, owner.id).cofinancing.filter((c) => c.received !== 0);
    expect(received.length).toBeGreaterThan(0);
    for (const c of received) expect(text).toContain(eur('nl', c.received));
    expect(s.errors).toEqual([]);
  }, 600_000);

  it('the export menu opens the proposal of the party shown', async () => {
    const { page } = s;
    const party = await page.$eval('[data-section="party"]', (e) => e.getAttribute('data-party'));
    await page.click('[data-testid=export-results]');
    await page.click('[data-testid=export-proposal]');
    await page.waitForSelector(`.kk-proposal-doc[data-proposal="${party}"]`);
    await page.click('[data-proposal-close]');
    expect(readFileSync(screenshotPath('proposal-preview-1280x720')).length).toBeGreaterThan(0);
  }, 120_000);
});
