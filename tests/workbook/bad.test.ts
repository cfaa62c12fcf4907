// The corpus of bad workbooks (issue 2): each gives a clear problem list naming sheet, row and
// column, never a crash.
import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../engine/i18n/problems';
import { readWorkbook } from '../../engine/workbook/read';
import { MAX_FILE_BYTES } from '../../engine/workbook/zip';
import {
  book, englishBook, englishSheets, expectProblem, readOk, readProblems, storedZip, unzipParts, variant, zipProblems, type Aoa,
} from './helpers';

const row = (s: Record<string, Aoa>, sheet: string, i: number) => (s[sheet] as Aoa)[i] as unknown[];
const setting = (s: Record<string, Aoa>, key: string, value: unknown) => {
  const r = (s.Settings as Aoa).find((x) => x[0] === key);
  if (r) r[1] = value;
  else (s.Settings as Aoa).push([key, value]);
};

describe('damaged files', () => {
  it('not a zip', () => {
    const ps = readProblems(new TextEncoder().encode('id;name\nN1;Noord\n'));
    expect(ps.map((p) => p.code)).toEqual(['file.notZip']);
    expect(renderProblem('nl', ps[0]!)).toBe('Dit is geen .xlsx-werkmap (het is geen zip-bestand).');
  });

  it('a truncated zip', () => {
    const bytes = englishBook();
    for (const keep of [0.5, 0.9, 0.999]) {
      const ps = readProblems(bytes.slice(0, Math.floor(bytes.length * keep)));
      expect(ps.map((p) => p.code)).toEqual(['file.truncated']);
    }
  });

  it('a zip with a damaged central directory entry', () => {
    const bytes = englishBook();
    const cut = bytes.slice();
    // Corrupt every central directory signature: the structure no longer holds.
    for (let i = 0; i < cut.length - 4; i++) if (cut[i] === 0x50 && cut[i + 1] === 0x4b && cut[i + 2] === 1 && cut[i + 3] === 2) cut[i + 2] = 9;
    expect(readProblems(cut).map((p) => p.code)).toEqual(['file.truncated']);
  });

  it('a zip bomb: small file, huge declared decompressed parts', () => {
    const parts = unzipParts(englishBook());
    const bomb = storedZip(parts.map((p, i) => (i < 3 ? { ...p, declared: 0x7fffffff } : p)));
    expect(bomb.length).toBeLessThan(100_000);
    const ps = readProblems(bomb);
    expect(ps.map((p) => p.code)).toEqual(['file.zipBomb']);
    expect(renderProblem('en', ps[0]!)).toMatch(/would unpack to 6144 MB; more than 1024 MB is refused/);
    // The same parts with honest sizes read fine: it is the declared size that is refused.
    expect(readOk(storedZip(parts)).scenario.works).toHaveLength(3);
  });

  it('a file over the size limit (the real 100 MB check, on a cheap large array)', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    const ps = readProblems(big);
    expect(ps.map((p) => p.code)).toEqual(['file.tooLarge']);
    expect(renderProblem('nl', ps[0]!)).toBe('Het bestand is 100 MB; werkmappen groter dan 100 MB worden geweigerd.');
    expect(zipProblems(englishBook(), { maxFileBytes: 1000 }).map((p) => p.code)).toEqual(['file.tooLarge']);
  });

  it('an absurd sheet dimension', () => {
    const parts = unzipParts(englishBook());
    const tamper = (f: (xml: string) => string) => storedZip(parts.map((p) => (p.name === 'xl/worksheets/sheet4.xml'
      ? { ...p, data: new TextEncoder().encode(f(new TextDecoder().decode(p.data))) } : p)));
    const declared = tamper((x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:ZZZZ999999999"/>'));
    const p1 = expectProblem(readProblems(declared), 'sheet.tooLarge', { sheet: 'works' });
    expect(renderProblem('en', p1)).toMatch(/^Works: The sheet claims/);
    const farCell = tamper((x) => x.replace('</sheetData>', '<row r="99999999"><c r="A99999999"><v>5</v></c></row></sheetData>'));
    expectProblem(readProblems(farCell), 'sheet.tooLarge', { sheet: 'works' });
  });
});

describe('sheets and columns', () => {
  it('a missing required sheet', () => {
    const s = englishSheets();
    delete s.Parties;
    const p = expectProblem(readProblems(book(s)), 'sheet.missing', { sheet: 'parties' });
    expect(renderProblem('nl', p)).toBe('Partijen: Dit verplichte werkblad ontbreekt.');
  });

  it('a missing required column', () => {
    const bytes = variant((s) => { row(s, 'Works', 0)[4] = 'plannedyr'; });
    const p = expectProblem(readProblems(bytes), 'column.missing', { sheet: 'works', field: 'plannedYear', row: 1 });
    expect(renderProblem('en', p)).toBe('Works, row 1 (plannedYear): This required column is missing from row 1.');
  });

  it('a duplicated column', () => {
    const bytes = variant((s) => { row(s, 'Parties', 0)[2] = 'naam'; });
    expectProblem(readProblems(bytes), 'column.duplicate', { sheet: 'parties', column: 'C' });
  });
});

describe('cells', () => {
  it('text in a numeric cell', () => {
    const bytes = variant((s) => { row(s, 'Works', 2)[7] = 'veel'; });
    const p = expectProblem(readProblems(bytes), 'value.notNumber', { sheet: 'works', row: 3, column: 'H', field: 'unitCost' });
    expect(renderProblem('nl', p)).toBe('Werken, rij 3, kolom H (eenheidsprijs): "veel" is geen getal.');
  });

  it('a negative quantity or lifetime', () => {
    const bytes = variant((s) => { row(s, 'Works', 1)[5] = -5; row(s, 'Works', 2)[13] = -40; });
    const ps = readProblems(bytes);
    expectProblem(ps, 'value.tooSmall', { sheet: 'works', row: 2, column: 'F', field: 'quantity' });
    const p = expectProblem(ps, 'value.tooSmall', { sheet: 'works', row: 3, column: 'N', field: 'lifetimeYears' });
    expect(renderProblem('en', p)).toBe('Works, row 3, column N (lifetimeYears): -40 is too small; the minimum is 1.');
  });

  it('a formula without a cached value', () => {
    const bytes = variant((s) => { row(s, 'Works', 1)[7] = { t: 'n', f: 'X1*2' }; });
    const p = expectProblem(readProblems(bytes), 'cell.formulaNoValue', { sheet: 'works', row: 2, column: 'H' });
    expect(renderProblem('nl', p)).toMatch(/^Werken, rij 2, kolom H \(eenheidsprijs\): Deze cel bevat een formule zonder berekende waarde/);
  });

  it('a rate typed as 2.25', () => {
    const bytes = variant((s) => setting(s, 'discountRate', 2.25));
    const p = expectProblem(readProblems(bytes), 'value.fractionAboveOne', { sheet: 'settings', row: 5, column: 'B', field: 'discountRate' });
    expect(renderProblem('en', p)).toBe('Settings, row 5, column B (discountRate): 2.25 is above 1, but this is a fraction. If you meant 2.25%, type 0.0225 or 2.25%.');
    expect(renderProblem('nl', p)).toBe('Instellingen, rij 5, kolom B (discountRate): 2,25 is groter dan 1, maar dit is een fractie. Bedoelde u 2,25%? Typ dan 0,0225 of 2,25%.');
    const share = variant((s) => { row(s, 'CoFinancing', 1)[2] = 33; });
    expectProblem(readProblems(share), 'value.fractionAboveOne', { sheet: 'coFinancing', row: 2, column: 'C' });
  });

  it('ambiguous number text such as 15.000', () => {
    const bytes = variant((s) => { setting(s, 'tenderFixed', '15.000'); row(s, 'Works', 1)[5] = '1,234'; });
    const ps = readProblems(bytes);
    const p = expectProblem(ps, 'value.ambiguousNumber', { sheet: 'settings', row: 8, column: 'B' });
    expect(renderProblem('nl', p)).toMatch(/^Instellingen, rij 8, kolom B \(tenderFixed\): "15\.000" is dubbelzinnig/);
    expectProblem(ps, 'value.ambiguousNumber', { sheet: 'works', row: 2, column: 'F' });
  });

  it('an unknown choice value and a non-integer year', () => {
    const bytes = variant((s) => { setting(s, 'bundleMode', 'soms'); row(s, 'Works', 1)[4] = 2027.5; });
    const ps = readProblems(bytes);
    const p = expectProblem(ps, 'value.invalidChoice', { sheet: 'settings', field: 'bundleMode' });
    expect(p.params.choices).toBe('none (geen), manual (handmatig), optimal (optimaal)');
    expectProblem(ps, 'value.notInteger', { sheet: 'works', row: 2, column: 'E' });
  });

  it('a missing required setting', () => {
    const s = englishSheets();
    s.Settings = (s.Settings as Aoa).filter((r) => r[0] !== 'baseYear');
    expectProblem(readProblems(book(s)), 'settings.missing', { sheet: 'settings', field: 'baseYear' });
  });

  it('a Dutch choice value (optimaal) is accepted', () => {
    expect(readOk(variant((s) => setting(s, 'bundleMode', 'optimaal'))).scenario.settings.bundleMode).toBe('optimal');
  });
});

describe('scenario rules', () => {
  it('a planned year outside the horizon', () => {
    const bytes = variant((s) => { row(s, 'Works', 2)[4] = 2060; });
    const p = expectProblem(readProblems(bytes), 'year.outsideHorizon', { sheet: 'works', row: 3, column: 'E', field: 'plannedYear' });
    expect(renderProblem('nl', p)).toBe('Werken, rij 3, kolom E (gepland): Het jaar 2060 ligt buiten de horizon 2025–2054.');
  });

  it('an unknown neighbourhood or party', () => {
    const bytes = variant((s) => { row(s, 'Works', 1)[1] = 'N9'; row(s, 'Works', 2)[2] = 'gem-r'; row(s, 'CoFinancing', 1)[1] = 'RIJK'; });
    const ps = readProblems(bytes);
    expectProblem(ps, 'ref.unknownNeighbourhood', { sheet: 'works', row: 2, column: 'B' });
    const p = expectProblem(ps, 'ref.unknownParty', { sheet: 'works', row: 3, column: 'C' });
    expect(renderProblem('en', p)).toBe('Works, row 3, column C (party): The party "gem-r" does not exist on the Parties sheet.');
    expectProblem(ps, 'ref.unknownFunder', { sheet: 'coFinancing', row: 2, column: 'B' });
  });

  it('duplicate ids (case-sensitive)', () => {
    const ps = readProblems(variant((s) => { row(s, 'Works', 2)[0] = 'W1'; }));
    expectProblem(ps, 'id.duplicate', { sheet: 'works', row: 3, column: 'A' });
    // Ids differing only in case are different ids.
    expect(readOk(variant((s) => { row(s, 'Works', 2)[0] = 'w1'; })).scenario.works.map((w) => w.id)).toEqual(['W1', 'w1', 'W3']);
  });

  it('a bundle across two neighbourhoods, naming the works', () => {
    const ps = readProblems(variant((s) => { row(s, 'Works', 2)[1] = 'N2'; }));
    const p = expectProblem(ps, 'bundle.neighbourhoods', { sheet: 'works', row: 2, column: 'P' });
    expect(p.params.works).toBe('W1 (N1), W2 (N2)');
  });

  it('windows with no common year, naming the works', () => {
    const ps = readProblems(variant((s) => {
      (s.Bundles as Aoa).pop();
      row(s, 'Works', 2)[4] = 2035; // W2 2035..2036, W1 2026..2029
    }));
    const p = expectProblem(ps, 'bundle.noCommonYear', { sheet: 'works', row: 2, column: 'P' });
    expect(renderProblem('en', p)).toBe('Works, row 2, column P (bundle): The works of bundle "B1" have no year in common: W1 2026–2029, W2 2035–2036.');
  });

  it('a Bundles-sheet year outside a member window', () => {
    const ps = readProblems(variant((s) => { row(s, 'Bundles', 1)[1] = 2030; }));
    const p = expectProblem(ps, 'bundle.yearOutsideWindow', { sheet: 'bundles', row: 2, column: 'B' });
    expect(p.params).toMatchObject({ work: 'W1', from: 2026, to: 2029 });
  });

  it('a work without variant group missing its own fields; book value in the base year', () => {
    const ps = readProblems(variant((s) => { row(s, 'Works', 1)[13] = undefined; row(s, 'Works', 1)[4] = 2025; }));
    expectProblem(ps, 'work.missingField', { sheet: 'works', row: 2, column: 'N', field: 'lifetimeYears' });
    expectProblem(ps, 'work.bookValueInBaseYear', { sheet: 'works', row: 2, column: 'R' });
  });

  it('citizen start year outside the horizon, low/high out of order', () => {
    const ps = readProblems(variant((s) => {
      row(s, 'CitizenMaintenance', 1)[6] = 2024;
      row(s, 'Works', 1)[18] = 1300;
      const dr = (s.Settings as Aoa).find((r) => r[0] === 'discountRate') as unknown[];
      dr[2] = 0.03;
    }));
    expectProblem(ps, 'year.outsideHorizon', { sheet: 'citizenMaintenance', row: 2, column: 'G' });
    expectProblem(ps, 'range.order', { sheet: 'works', row: 2, column: 'S' });
    expectProblem(ps, 'range.order', { sheet: 'settings', row: 5, column: 'B' });
  });
});
