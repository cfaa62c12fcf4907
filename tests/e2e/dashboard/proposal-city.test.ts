// The printed proposal on a 3,000-work city (the dashboard's dev page in real Chromium): a party
// with hundreds of projects prints the first ones, says how many there are, and totals all of
// them to the engine's cent; the PDF stays a few A4 pages; the Shapley key is refused with its
// reason rather than freezing the workbench. `npm run bench:proposal` times the full city.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../../engine/i18n/proposal-print';
import { t } from '../../../engine/i18n';
import { compute } from '../../../engine/compute';
import { partyFigures } from '../../../engine/proposal/party';
import { generateCity } from '../../../scenarios/generate-city';
import { printedProjects } from '../../../renderer/dashboard/party/proposal/ProposalTables';
import { hasChromium, launch, screenshotPath, type Session } from '../harness';
import { hasGhostscript, norm, pdfPage, pdfPages, pdfText, removePdfs } from '../pdf';
import { serveDevPage } from './dev-page';

const city = generateCity({ seed: 7, neighbourhoods: 10, worksPerNeighbourhood: 300, horizonYears: 40 });
type Dev = { kkDev: { load(x: unknown): number; draw(l: string): Promise<unknown> } };

describe.skipIf(!hasChromium || !hasGhostscript)('the printed proposal on a city', () => {
  let served: { url: string; close(): Promise<void> };
  let s: Session;
  beforeAll(async () => {
    served = await serveDevPage('proposal-city-e2e');
    s = await launch({ width: 1280, height: 720 });
    await s.page.goto(served.url);
    await s.page.waitForFunction(() => 'kkDev' in window);
    await s.page.evaluate((sc) => (window as unknown as Dev).kkDev.load(sc), city as unknown);
    await s.page.evaluate(() => (window as unknown as Dev).kkDev.draw('nl'));
    await s.page.waitForSelector('[data-section="party"]', { timeout: 120_000 });
  }, 300_000);
  afterAll(async () => {
    await s?.close();
    await served?.close();
    removePdfs();
  });

  it('the first projects, their count and the totals over all; a few pages; Shapley refused', async () => {
    const { page } = s;
    const r = compute(city);
    const most = [...r.parties].map((p) => ({ id: p.id, f: partyFigures(r, p.id) })).sort((a, b) => b.f.projects.length - a.f.projects.length)[0]!;
    expect(most.f.projects.length).toBeGreaterThan(printedProjects);
    await page.selectOption('[data-party-select]', most.id);
    await page.click('[data-open-proposal]');
    const doc = `.kk-proposal-doc[data-proposal="${most.id}"]`;
    await page.waitForSelector(`${doc} [data-proposal-offer]`, { timeout: 120_000 });
    const seen = await page.$eval(doc, (d) => ({
      count: Number(d.querySelector('[data-proposal-projects]')!.getAttribute('data-proposal-projects')),
      rows: d.querySelectorAll('[data-proposal-table="projects"] tbody tr[data-project]').length,
      cut: d.querySelector('[data-proposal-cut]')?.textContent ?? '',
      direct: Number(d.querySelector('[data-projects-direct]')!.getAttribute('data-projects-direct')),
      share: Number(d.querySelector('[data-projects-share]')!.getAttribute('data-projects-share')),
    }));
    const cents = (xs: number[]) => xs.reduce((a, v) => a + Math.round(v * 100), 0);
    expect(seen.count).toBe(most.f.projects.length);
    expect(seen.rows).toBe(printedProjects);
    expect(norm(seen.cut)).toBe(norm(t('nl', 'print.projects.shown', { shown: printedProjects, n: most.f.projects.length })));
    expect(Math.round(seen.direct * 100)).toBe(cents(most.f.projects.map((p) => p.direct)));
    expect(Math.round(seen.share * 100)).toBe(cents(most.f.projects.map((p) => p.share)));

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = pdfPages(pdf);
    expect(pages.count).toBeGreaterThanOrEqual(2);
    expect(pages.count).toBeLessThanOrEqual(5);
    // The note that the list is cut is on paper too.
    expect(pdfText(pdf, 'proposal-city')).toContain(String(most.f.projects.length));
    pdfPage(pdf, 'proposal-city-page1');
    await page.screenshot({ path: screenshotPath('proposal-city-preview-1280x720') });

    await page.selectOption('[data-proposal-key]', 'shapley');
    await page.waitForSelector('[data-proposal-refused]');
    expect(await page.$eval('[data-proposal-print]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await page.click('[data-proposal-close]');
    expect(s.errors).toEqual([]);
  }, 300_000);
});
