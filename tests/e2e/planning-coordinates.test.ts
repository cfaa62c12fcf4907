// The planning import dialog in Chromium on the built app: a planning file with x/y columns and
// no neighbourhood column shows its coordinate mapping beside the column mapping, and each row gets
// the neighbourhood whose schematic outline (the example's Geometrie sheet) holds its point; nothing
// cut off at 1280×720 or 1920×1080 (screenshots in test-artifacts/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointLocator } from '../../engine/geo/contains';
import { exampleScenario, hasChromium, openDashboard, screenshotPath, type Served, type Session } from './harness';

/** A point inside neighbourhood `id`'s outline, found on a grid over its first ring's extent. */
function pointIn(id: string): [number, number] {
  const sc = exampleScenario();
  const at = pointLocator(sc.geometry!, sc.neighbourhoods.map((n) => n.id));
  const ring = sc.geometry!.shapes.find((g) => g.neighbourhood === id)!.polygons[0]![0]!;
  const xs = ring.filter((_, i) => i % 2 === 0), ys = ring.filter((_, i) => i % 2 === 1);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
    const x = Math.round(x0 + ((x1 - x0) * i) / 20), y = Math.round(y0 + ((y1 - y0) * j) / 20);
    if (at(x, y) === id) return [x, y];
  }
  throw new Error(`no point found in ${id}`);
}

const [a, b] = [pointIn('oudzuid'), pointIn('hoogveld')];
const csv = [
  'Objectcode;X;Y;Planjaar;Aantal;Levensduur;Eenheidsprijs',
  `K-1;${a[0]},5;${a[1]};2030;3;40;1000`,
  `K-2;${b[0]};${b[1]},25;2031;2;40;1000`,
].join('\n');

describe.skipIf(!hasChromium)('planning dialog with coordinates in Chromium', () => {
  let served: Served;
  let s: Session;

  beforeAll(async () => {
    ({ served, session: s } = await openDashboard('planningUi.coordinatesRd'));
  }, 300_000);

  afterAll(async () => {
    await s?.close();
    await served?.close();
  });

  it.each([[1280, 720], [1920, 1080]])('shows the coordinate mapping at %i×%i', async (width, height) => {
    const { page } = s;
    await page.setViewportSize({ width, height });
    if (!(await page.$('[data-testid="planning-dialog"]'))) await page.click('[data-testid="planning-open"]');
    await page.setInputFiles('[data-testid="planning-file"]', { name: 'kabels.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('[data-testid="planning-coordinates"]');
    expect(await page.$eval('[data-testid="coord-system"]', (e) => (e as HTMLSelectElement).value)).toBe('rd');
    expect(await page.$eval('[data-testid="coord-x"]', (e) => (e as HTMLSelectElement).value)).toBe('X');
    expect(await page.$eval('[data-testid="coord-y"]', (e) => (e as HTMLSelectElement).value)).toBe('Y');
    // The preview's rows: each work in the neighbourhood its point falls in, by its display name.
    const rows = await page.$$eval('[data-testid="planning-dialog"] tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
    const name = (id: string) => exampleScenario().neighbourhoods.find((n) => n.id === id)!.name!;
    expect(rows.find((r) => r.includes('K-1'))).toContain(name('oudzuid'));
    expect(rows.find((r) => r.includes('K-2'))).toContain(name('hoogveld'));
    // The mapping names the Works fields by their labels (the template's column name in the tooltip).
    const fields = await page.$$eval('[data-testid="planning-mapping"] tbody th', (ths) => ths.map((th) => th.textContent));
    expect(fields).toContain('Gepland jaar');
    expect(fields).not.toContain('plannedYear');
    // The diff names the party by its name.
    const party = exampleScenario().parties.find((p) => p.id === 'gem-riolering')!.name!;
    expect(await page.textContent('[data-testid="planning-diff"]')).toContain(`Planning van partij ${party}:`);
    expect(await page.textContent('[data-testid="planning-dialog"]')).not.toContain('geen buurtvlakken');
    await page.locator('[data-testid="planning-coordinates"]').scrollIntoViewIfNeeded();
    const box = (await page.locator('[data-testid="planning-coordinates"]').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: screenshotPath(`planning-coordinates-${width}x${height}`) });
    expect(s.errors).toEqual([]);
  }, 120_000);
});
