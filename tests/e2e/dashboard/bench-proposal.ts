// `npm run bench:proposal`: the printed proposal on the full generated city (100 neighbourhoods ×
// 500 works, 50 years) in the built app in Chromium. Prints, per run: the city opened → party view
// drawn; "print proposal" clicked → preview drawn; the PDF (print media, page.pdf) made; its pages
// and the projects printed of how many. Printed figures, never assertions (the machine is shared).
import { writeWorkbook } from '../../../engine/workbook/write';
import { generateCity } from '../../../scenarios/generate-city';
import { hasChromium, launch, serve } from '../harness';
import { pdfPages } from '../pdf';

async function main(): Promise<void> {
  if (!hasChromium) throw new Error('no Chromium at /usr/bin/chromium');
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 2);
  const city = generateCity();
  const bytes = Buffer.from(writeWorkbook(city, { lang: 'nl' }));
  const served = await serve();
  const s = await launch({ width: 1280, height: 720 });
  try {
    const { page } = s;
    await page.goto(served.url);
    await page.locator('.kk-headline-card .kk-saving .kk-amount').first().waitFor({ timeout: 60_000 });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    const t0 = Date.now();
    await chooser.setFiles({ name: 'stad.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    await page.locator('[data-testid=doc-tab]', { hasText: 'stad' }).waitFor({ timeout: 300_000 });
    await page.waitForSelector('[data-section="party"] [data-open-proposal]', { timeout: 600_000 });
    console.log(`city ${city.works.length} works: opened → party view drawn ${Date.now() - t0} ms`);
    const parties = await page.$$eval('[data-party-select] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    for (let run = 0; run < runs; run++) {
      for (const party of parties.slice(0, 3)) {
        await page.selectOption('[data-party-select]', party);
        await page.waitForSelector(`[data-section="party"][data-party="${party}"]`);
        // Open and close once without printing: what the preview costs by itself.
        const o = Date.now();
        await page.click('[data-open-proposal]');
        await page.waitForSelector(`.kk-proposal-doc[data-proposal="${party}"] [data-proposal-offer]`, { timeout: 300_000 });
        const firstOpen = Date.now() - o;
        const q = Date.now();
        await page.click('[data-proposal-close]', { timeout: 300_000 });
        await page.waitForSelector('.kk-proposal-root', { state: 'detached', timeout: 300_000 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        console.log(`run ${run + 1} ${party}: preview opened ${firstOpen} ms, closed without printing ${Date.now() - q} ms`);
        const a = Date.now();
        await page.click('[data-open-proposal]');
        await page.waitForSelector(`.kk-proposal-doc[data-proposal="${party}"] [data-proposal-offer]`, { timeout: 300_000 });
        const preview = Date.now() - a;
        const shown = await page.$eval('.kk-proposal-doc', (d) => ({
          rows: d.querySelectorAll('[data-proposal-table="projects"] tr[data-project]').length,
          of: d.querySelector('[data-proposal-projects]')?.getAttribute('data-proposal-projects'),
        }));
        await page.emulateMedia({ media: 'print' });
        const b = Date.now();
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const made = Date.now() - b;
        const c = Date.now();
        await page.emulateMedia({ media: 'screen' });
        const back = Date.now() - c;
        const d = Date.now();
        await page.click('[data-proposal-close]', { timeout: 300_000 });
        await page.waitForSelector('.kk-proposal-root', { state: 'detached', timeout: 300_000 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        const closed = Date.now() - d;
        console.log(`run ${run + 1} ${party}: preview ${preview} ms, PDF ${made} ms (back to screen ${back} ms), closed after the PDF ${closed} ms, ${pdfPages(pdf).count} pages, ${shown.rows} of ${shown.of} projects printed`);
      }
    }
    if (s.errors.length > 0) console.log('page errors:', s.errors);
  } finally {
    await s.close();
    await served.close();
  }
}

void main();
