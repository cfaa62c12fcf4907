// The Mappings (Koppelingen) sheet: per party the JSON text of its planning import mapping.
// A cell holds at most 32,767 characters (Excel's limit), so a long mapping continues in the cells
// to the right: column B, C, ... are joined back in order. Not in ../scenario/columns' sheetDefs:
// it is no table the user edits cell by cell and the template does not need it.
import type { Lang } from '../i18n';
import type { PlanningMappingRow } from '../scenario/schema';
import { cellValue } from './cells';
import type { Row } from './sheets';
import type { OutCell, OutSheet } from './xlsx-write';

export const mappingsSheetNames = { en: 'Mappings', nl: 'Koppelingen' } as const;
/** Below Excel's 32,767 so a cell never reaches it. */
export const MAPPING_CELL_CHARS = 32_000;

export const isMappingsSheet = (name: string): 'en' | 'nl' | undefined => {
  const n = name.trim().toLowerCase();
  return n === 'mappings' ? 'en' : n === 'koppelingen' ? 'nl' : undefined;
};

export function readMappingsSheet(grid: Row[]): PlanningMappingRow[] {
  const out: PlanningMappingRow[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    if (!row) continue;
    const party = cellValue(row[0]);
    if (party === undefined || typeof party === 'object') continue;
    let text = '';
    for (let c = 1; c < row.length; c++) {
      const v = cellValue(row[c]);
      if (v !== undefined && typeof v !== 'object') text += String(v);
    }
    out.push({ party: String(party).trim(), mapping: text });
  }
  return out;
}

export function mappingsSheet(rows: readonly PlanningMappingRow[], lang: Lang): OutSheet {
  const header: OutCell[] = lang === 'nl' ? ['partij', 'koppeling'] : ['party', 'mapping'];
  const aoa: OutCell[][] = [header];
  for (const m of rows) {
    const parts: OutCell[] = [];
    for (let i = 0; i < m.mapping.length; i += MAPPING_CELL_CHARS) parts.push(m.mapping.slice(i, i + MAPPING_CELL_CHARS));
    aoa.push([m.party, ...parts]);
  }
  return { name: mappingsSheetNames[lang], rows: aoa, widths: [16, 100] };
}
