// Printing the dashboard in real Chromium (the engine of the desktop app's "Report as PDF", which
// prints with preferCSSPageSize as page.pdf does here): A4 landscape, none of the workbench's
// controls, every chart whole on one page and inside the page's width, and tables cut between
// rows with their header row again on the next page.
//
// Where things land in the PDF is read from link annotations: before printing, the test puts tiny
// links at the top and bottom of each chart card, at the right edge of each chart's drawing, in
// each table's header row and in the first cell of each body row. Chromium writes one annotation
// per link per page it is painted on (a repeated header row too), with its rectangle, so the
// pages and positions can be read without rendering the PDF.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, launch, screenshotPath, serve, type Served, type Session } from './harness';

interface PdfLink {
  uri: string;
  rect: [number, number, number, number];
}
interface PdfPage {
  width: number;
  height: number;
  links: PdfLink[];
}

/** The pages of a Chromium PDF in reading order, with their size and link annotations. */
function pdfPages(pdf: Buffer): PdfPage[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) objects.set(Number(m[1]), m[2]!);
  const refs = (s: string) => [...s.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const numbers = (s: string) => s.trim().split(/\s+/).map(Number);
  const root = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o) && !/\/Parent\b/.test(o));
  if (!root) throw new Error('no page tree in the PDF');
  const pages: PdfPage[] = [];
  const walk = (id: number) => {
    const o = objects.get(id) ?? '';
    if (/\/Type\s*\/Pages\b/.test(o)) {
      for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(o)?.[1] ?? '')) walk(kid);
      return;
    }
    const box = numbers(/\/MediaBox\s*\[([^\]]*)\]/.exec(o)?.[1] ?? '0 0 0 0');
    const links = refs(/\/Annots\s*\[([^\]]*)\]/.exec(o)?.[1] ?? '').flatMap((a) => {
      const annot = objects.get(a) ?? '';
      const uri = /\/URI\s*\(([^)]*)\)/.exec(annot)?.[1];
      const rect = numbers(/\/Rect\s*\[([^\]]*)\]/.exec(annot)?.[1] ?? '');
      return uri && rect.length === 4 ? [{ uri, rect: rect as PdfLink['rect'] }] : [];
    });
    pages.push({ width: box[2]! - box[0]!, height: box[3]! - box[1]!, links });
  };
  for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(root)?.[1] ?? '')) walk(kid);
  return pages;
}

const MARK = 'https://print.check/';

/** Puts the marker links into the dashboard (as a string: the page runs it as it is). */
async function mark(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    function link(host, path, style) {
      const a = document.createElement('a');
      a.href = '${MARK}' + path;
      a.setAttribute('style', 'width:2px;height:2px;' + style);
      host.appendChild(a);
    }
    for (const card of document.querySelectorAll('.dashboard-view .kk-chart')) {
      card.style.position = 'relative';
      link(card, 'chart/' + card.dataset.chart + '/top', 'position:absolute;top:0;left:0;display:block');
      link(card, 'chart/' + card.dataset.chart + '/bottom', 'position:absolute;bottom:0;left:0;display:block');
      // The right edge of the drawing itself, in its own coordinates.
      const svg = card.querySelector('svg.recharts-surface, svg.kk-svg');
      const vb = svg && svg.viewBox.baseVal;
      if (vb && vb.width > 0) {
        const ns = 'http://www.w3.org/2000/svg';
        const a = document.createElementNS(ns, 'a');
        a.setAttribute('href', '${MARK}edge/' + card.dataset.chart);
        const r = document.createElementNS(ns, 'rect');
        r.setAttribute('x', String(vb.x + vb.width - 2));
        r.setAttribute('y', String(vb.y));
        r.setAttribute('width', '2');
        r.setAttribute('height', '2');
        r.setAttribute('fill', 'transparent');
        a.appendChild(r);
        svg.appendChild(a);
      }
    }
    for (const section of document.querySelectorAll('.dashboard-view [data-section]')) {
      const name = section.dataset.section;
      const table = section.querySelector('table');
      if (!table) continue;
      const head = table.querySelector(':scope > thead > tr:first-child > th:first-child');
      if (head) link(head, 'head/' + name, 'display:inline-block');
      table.querySelectorAll(':scope > tbody > tr > :first-child').forEach((cell, i) => link(cell, 'row/' + name + '/' + i, 'display:inline-block'));
    }
  })()`);
}

/** On which pages (0-based) a marker was painted. */
const pagesOf = (pages: PdfPage[], uri: string) => pages.flatMap((p, i) => (p.links.some((l) => l.uri === MARK + uri) ? [i] : []));

describe.skipIf(!hasChromium)('printing the dashboard', () => {
  let server: Served | undefined;
  let s: Session;

  // The build (or a fresh one shared with the other browser tests) and the browser start together.
  beforeAll(async () => void ([server, s] = await Promise.all([serve(), launch({ width: 1280, height: 720 })])), 300_000);
  afterAll(() => Promise.all([s?.close(), server?.close()]));

  for (const width of [1280, 1920]) {
    it(`prints A4 landscape: charts whole and inside the page, tables with their header on every page (window ${width} px wide)`, async () => {
      const page = s.page;
      await page.setViewportSize({ width, height: 900 });
      await page.goto(server!.url);
      await page.locator('.kk-headline-card .kk-saving .kk-amount').first().waitFor({ timeout: 60_000 });
      // The lower sections draw a slice at a time; print once all are there.
      await page.locator('[data-section=projects]').waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => document.querySelectorAll('[aria-busy=true]').length === 0, null, { timeout: 60_000 });
      // The waterfall's bars grow in for 400 ms.
      await page.waitForTimeout(800);
      const charts = await page.locator('.dashboard-view .kk-chart').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.chart!));
      const tables = await page.locator('.dashboard-view [data-section]:has(table)').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.section!));
      expect(charts).toEqual(expect.arrayContaining(['waterfall', 'cashflow', 'matrix', 'map']));
      expect(tables).toEqual(expect.arrayContaining(['projects', 'parties']));

      await mark(page);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(screenshotPath(`print-${width}`).replace(/\.png$/, '.pdf'), pdf);
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(1);
      for (const p of pages) {
        // A4 landscape: 297 × 210 mm in points.
        expect(p.width).toBeCloseTo((297 / 25.4) * 72, 0);
        expect(p.height).toBeCloseTo((210 / 25.4) * 72, 0);
      }
      const right = pages[0]!.width;

      // The same print layout on screen: none of the workbench's controls show. (After the PDF:
      // the switch of media resizes the charts, which then draw again.)
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() =>
        ['.topbar', '.tabs-row', '.export-menu', '.whatif-aside', '.notice', '[data-testid=language]']
          .filter((sel) => [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0)));
      expect(shown).toEqual([]);
      await page.screenshot({ path: screenshotPath(`print-${width}`), fullPage: true });
      await page.emulateMedia({ media: null });

      for (const chart of charts) {
        const top = pagesOf(pages, `chart/${chart}/top`);
        const bottom = pagesOf(pages, `chart/${chart}/bottom`);
        expect(top, `${chart} printed once`).toHaveLength(1);
        expect(bottom, `${chart} ends on the page it starts on`).toEqual(top);
        const edge = pages.flatMap((p) => p.links.filter((l) => l.uri === `${MARK}edge/${chart}`));
        expect(edge, `${chart} drawing`).toHaveLength(1);
        // The drawing's right edge lies on the page, inside the 12 mm margin.
        expect(edge[0]!.rect[2], `${chart} right edge`).toBeLessThanOrEqual(right - (12 / 25.4) * 72 + 1);
      }

      for (const table of tables) {
        const rows = pages.flatMap((p, i) => p.links.filter((l) => l.uri.startsWith(`${MARK}row/${table}/`)).map((l) => ({ page: i, uri: l.uri })));
        expect(rows.length, `${table} rows`).toBeGreaterThan(0);
        // Every row printed, once.
        expect(new Set(rows.map((r) => r.uri)).size, `${table} rows once`).toBe(rows.length);
        const rowPages = [...new Set(rows.map((r) => r.page))];
        // The header row stands on every page that holds rows of its table.
        expect(pagesOf(pages, `head/${table}`), `${table} header`).toEqual(rowPages);
      }
      // The example's project list is longer than what is left of its page: the header repeats.
      const projectPages = pagesOf(pages, 'head/projects');
      expect(projectPages.length).toBeGreaterThan(1);
    }, 180_000);
  }
});
