// A workbook with a Geometry sheet (cells cut under the 32,767-character limit) opens in
// LibreOffice, and what LibreOffice saves reads back to the same geometry.
import { describe, expect, it } from 'vitest';
import { importGeometry } from '../../engine/geo/import';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { findSoffice, libreOfficeRoundTrip } from '../support/soffice';
import { geojson, scenarioWithCodes } from './fixtures';

const soffice = findSoffice();

describe.skipIf(!soffice)('Geometry sheet in LibreOffice', () => {
  it('survives a LibreOffice save, long cells included', () => {
    const ring: number[][] = [];
    for (let i = 0; i < 12_000; i++) ring.push([155500 + 400 * Math.cos(i / 1910), 466500 + 400 * Math.sin(i / 1910) + (i % 2) * 3]);
    ring.push(ring[0]!);
    const doc = JSON.parse(geojson('rd'));
    doc.features.push({ type: 'Feature', properties: { BU_CODE: 'BU00010004' }, geometry: { type: 'Polygon', coordinates: [ring] } });
    const r = importGeometry(scenarioWithCodes(), JSON.stringify(doc), { note: 'schematisch' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const back = readWorkbook(libreOfficeRoundTrip(soffice!, writeWorkbook(r.scenario, { lang: 'nl' })));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.scenario.geometry).toEqual(r.geometry);
  }, 120_000);
});
