// The planning import dialog in Chromium on the built app: a planning file with x/y columns shows
// its coordinate mapping beside the column mapping, nothing cut off at 1280×720 or 1920×1080
// (screenshots in test-artifacts/). The example has no polygons, so the file's neighbourhood
// column decides and the coordinates come with a warning saying why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openDashboard, screenshotPath, type Served, type Session } from './harness';

const csv = [
  'Objectcode;Buurt;X;Y;Planjaar;Aantal;Levensduur;Eenheidsprijs',
  'K-1;oudzuid;155500,5;464500;2030;3;40;1000',
  'K-2;hoogveld;156500;463500,25;2031;2;40;1000',
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
    expect(await page.textContent('[data-testid="planning-dialog"]')).toContain('geen buurtvlakken');
    await page.locator('[data-testid="planning-coordinates"]').scrollIntoViewIfNeeded();
    const box = (await page.locator('[data-testid="planning-coordinates"]').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: screenshotPath(`planning-coordinates-${width}x${height}`) });
    expect(s.errors).toEqual([]);
  }, 120_000);
});
