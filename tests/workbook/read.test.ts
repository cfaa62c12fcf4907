import { describe, expect, it } from 'vitest';
import { columnDef, findSheetKey, sheetDef } from '../../engine/scenario/columns';
import { locate, readWorkbook } from '../../engine/workbook/read';
import { problem } from '../../engine/problems';
import { book, englishSheets, englishBook, readOk, variant, type Aoa } from './helpers';

/** The English test sheets with Dutch sheet names and headers, and Dutch spellings of values. */
function dutchSheets(): Record<string, Aoa> {
  const out: Record<string, Aoa> = {};
  for (const [name, aoa] of Object.entries(englishSheets())) {
    const key = findSheetKey(name)?.key;
    if (!key) throw new Error(name);
    const def = sheetDef(key);
    const [header, ...rows] = aoa;
    out[def.nl] = [(header ?? []).map((h) => columnDef(key, String(h))?.nl ?? h), ...rows];
  }
  return out;
}

describe('readWorkbook: sheet and column names', () => {
  it('reads the English workbook, language en', () => {
    const r = readOk(englishBook());
    expect(r.lang).toBe('en');
    expect(r.warnings).toEqual([]);
    expect(r.scenario.works.map((w) => w.id)).toEqual(['W1', 'W2', 'W3']);
    expect(r.scenario.settings.discountTiming).toBe('mid');
    expect(r.scenario.settingRanges).toEqual({ discountRate: { low: 0.01, high: 0.04 } });
  });

  it('reads Dutch sheet and column names to the same scenario, language nl', () => {
    const en = readOk(englishBook());
    const nl = readOk(book(dutchSheets()));
    expect(nl.lang).toBe('nl');
    expect(nl.scenario).toEqual(en.scenario);
    expect(nl.sources.works?.name).toBe('Werken');
    expect(nl.sources.works?.columns.plannedYear).toEqual({ column: 'E', header: 'gepland' });
  });

  it('accepts any column order and any header case', () => {
    const en = readOk(englishBook());
    const shuffled = variant((s) => {
      const works = s.Works as Aoa;
      const order = (works[0] as unknown[]).map((_, i) => i).reverse();
      s.Works = works.map((row) => order.map((i) => row[i]));
      (s.Works[0] as unknown[])[0] = 'CONTRACTNR';
      (s.Parties as Aoa)[0] = ['ID', 'Naam', 'Soort'];
    });
    const r = readOk(shuffled);
    expect(r.scenario.works.map(({ extra, ...w }) => w)).toEqual(en.scenario.works.map(({ extra, ...w }) => w));
    expect(r.scenario.works[0]?.extra).toEqual({ CONTRACTNR: 'C-17' });
    expect(r.scenario.parties).toEqual(en.scenario.parties);
  });

  it('Dutch choice values are accepted (optimaal, midden, zelfstandig, waterschap)', () => {
    const r = readOk(variant((s) => {
      const st = s.Settings as Aoa;
      st.push(['optimizeFor', 'Maatschappelijk']);
      for (const row of st) {
        if (row[0] === 'bundleMode') row[1] = 'optimaal';
        if (row[0] === 'discountTiming') row[1] = 'midden';
        if (row[0] === 'allocationRule') row[1] = 'zelfstandig';
      }
      ((s.Parties as Aoa)[2] as unknown[])[2] = 'waterschap';
    }));
    expect(r.scenario.settings.bundleMode).toBe('optimal');
    expect(r.scenario.settings.discountTiming).toBe('mid');
    expect(r.scenario.settings.allocationRule).toBe('standalone');
    expect(r.scenario.settings.optimizeFor).toBe('societal');
    expect(r.scenario.parties[1]?.type).toBe('waterBoard');
  });

  it('blank rows are skipped and sources give the sheet row of every item', () => {
    const r = readOk(variant((s) => {
      const works = s.Works as Aoa;
      works.splice(2, 0, [], [undefined, '  ']);
    }));
    expect(r.scenario.works.map((w) => w.id)).toEqual(['W1', 'W2', 'W3']);
    expect(r.sources.works?.rows).toEqual([2, 5, 6]);
  });

  it('unknown sheets give a warning, the Read me sheet none', () => {
    const r = readOk(variant((s) => { s.Notities = [['x']]; s['Read me'] = [['about']]; }));
    expect(r.warnings.map((w) => [w.code, w.params.name])).toEqual([['sheet.ignored', 'Notities']]);
  });
});

describe('readWorkbook: cell values', () => {
  it('numeric text in Dutch and English notation, percent text and € are read', () => {
    const r = readOk(variant((s) => {
      for (const row of s.Settings as Aoa) {
        if (row[0] === 'discountRate') { row[1] = '2,25%'; row[2] = '1%'; row[3] = '0,04'; }
        if (row[0] === 'tenderFixed') row[1] = '€ 15.000,00';
        if (row[0] === 'siteFixed') row[1] = '20,000.00';
      }
      const w1 = (s.Works as Aoa)[1] as unknown[];
      w1[7] = '1.200,00'; // unitCost
      w1[5] = '400'; // quantity
    }));
    expect(r.scenario.settings.discountRate).toBe(0.0225);
    expect(r.scenario.settingRanges.discountRate).toEqual({ low: 0.01, high: 0.04 });
    expect(r.scenario.settings.tenderFixed).toBe(15000);
    expect(r.scenario.settings.siteFixed).toBe(20000);
    expect(r.scenario.works[0]?.unitCost).toBe(1200);
    expect(r.scenario.works[0]?.quantity).toBe(400);
  });

  it('a cell formatted as a percentage holds the fraction', () => {
    const r = readOk(variant((s) => {
      for (const row of s.Settings as Aoa) if (row[0] === 'discountRate') row[1] = { t: 'n', v: 0.0225, z: '0.00%' };
    }));
    expect(r.scenario.settings.discountRate).toBe(0.0225);
  });

  it('formula cells are read through their cached values', () => {
    const r = readOk(variant((s) => {
      const w1 = (s.Works as Aoa)[1] as unknown[];
      w1[7] = { t: 'n', v: 1200, f: '1000*1.2' };
      w1[0] = { t: 's', v: 'W1', f: '"W"&1' };
      for (const row of s.Settings as Aoa) if (row[0] === 'horizonYears') row[1] = { t: 'n', v: 30, f: '10*3' };
    }));
    expect(r.scenario.works[0]?.unitCost).toBe(1200);
    expect(r.scenario.works[0]?.id).toBe('W1');
    expect(r.scenario.settings.horizonYears).toBe(30);
  });

  it('yes/no words, tags split on , and ;, numeric ids become text', () => {
    const r = readOk(variant((s) => {
      const v = s.Variants as Aoa;
      (v[1] as unknown[])[4] = 'JA';
      (v[2] as unknown[])[4] = 'onwaar';
      ((s.Works as Aoa)[1] as unknown[])[14] = ' klimaat ;riool, straat ';
      (s.Parties as Aoa).push([42, 'Provincie', 'provincie']);
    }));
    expect(r.scenario.variants.map((v) => v.generic)).toEqual([true, false]);
    expect(r.scenario.works[0]?.tags).toEqual(['klimaat', 'riool', 'straat']);
    expect(r.scenario.parties[3]).toMatchObject({ id: '42', type: 'province' });
  });

  it('extra columns are kept; numeric extra Neighbourhoods columns become attributes', () => {
    const r = readOk(variant((s) => {
      const n = s.Neighbourhoods as Aoa;
      (n[0] as unknown[]).push('groundwaterDepth');
      (n[1] as unknown[]).push('0,7');
      (n[2] as unknown[]).push(1.2);
    }));
    expect(r.scenario.neighbourhoods[0]).toMatchObject({ attributes: { infiltrationClass: 2, groundwaterDepth: 0.7 }, extra: { note: 'klei' } });
    expect(r.scenario.neighbourhoods[1]?.attributes).toEqual({ infiltrationClass: 3, groundwaterDepth: 1.2 });
    expect(r.scenario.works[1]?.extra).toEqual({ contractNr: 'C-18' });
    expect(r.sources.works?.columns.contractNr?.column).toBe('U');
  });

  it('variant fields keep expressions as text and numbers as numbers', () => {
    const r = readOk(englishBook());
    expect(r.scenario.variants[1]).toMatchObject({ quantity: 'households * 11', unitCost: 45, eligibility: 'infiltrationClass >= 2' });
  });
});

describe('locate', () => {
  it('fills row and column of an engine-side problem from sheet + index + field', () => {
    const r = readOk(englishBook());
    const p = locate(problem('x', {}, { sheet: 'works', index: 2, field: 'plannedYear' }), r.sources);
    expect(p).toMatchObject({ row: 4, column: 'E' });
    const s = locate(problem('x', {}, { sheet: 'settings', field: 'discountRate' }), r.sources);
    expect(s).toMatchObject({ row: 5, column: 'B' });
    expect(locate(problem('x'), r.sources)).toEqual(problem('x'));
  });
});

describe('readWorkbook never throws', () => {
  it('returns problems for random bytes and empty input', () => {
    expect(readWorkbook(new Uint8Array()).ok).toBe(false);
    const junk = new Uint8Array(5000).map((_, i) => (i * 7919) % 256);
    expect(readWorkbook(junk).ok).toBe(false);
  });
});
