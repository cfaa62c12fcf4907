// @vitest-environment jsdom
// A workbook that cannot be opened is fixed in the file itself, so the interface lists its
// problems in the file's language, as its sheet names tell it: an English workbook with a bad cell
// gives "Works, row 4, column F (plannedYear)" in the Dutch interface, not "Werken, rij 4".
import { cleanup, render, screen, within } from '@testing-library/react';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { openBytes } from '../../../renderer/app/files';
import type { Shell } from '../../../renderer/app/shell/types';
import type { Lang } from '../../../engine/i18n';
import { writeWorkbook } from '../../../engine/workbook/write';
import { buildExample } from '../../../scenarios/example';

/** The example in `lang`, with the planned year of its third work (sheet row 4) made a word. */
function broken(lang: Lang, word: string): { bytes: Uint8Array<ArrayBuffer>; column: string } {
  const wb = XLSX.read(writeWorkbook(buildExample(), { lang }));
  const works = wb.Sheets[lang === 'en' ? 'Works' : 'Werken'] as XLSX.WorkSheet;
  const header = XLSX.utils.sheet_to_json<string[]>(works, { header: 1 })[0] ?? [];
  const column = XLSX.utils.encode_col(header.indexOf(lang === 'en' ? 'plannedYear' : 'gepland'));
  works[`${column}4`] = { t: 's', v: word };
  return { bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), column };
}

const shell: Shell = {
  kind: 'browser',
  openFile: async () => null,
  openDropped: async () => null,
  save: async (req) => ({ ok: true, path: req.suggestedName }),
  recentFiles: async () => [],
  openRecent: async () => null,
  setWindowState: () => {},
  autosave: async () => {},
  takeRecovery: async () => null,
  printToPdf: async (name) => ({ ok: true, path: name }),
  onMenu: () => () => {},
  onOpenFile: () => () => {},
};

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

afterEach(cleanup);

describe('the problems of a workbook that could not be opened', () => {
  it('an English workbook in the Dutch interface: its problems in English, the rest in Dutch', async () => {
    const en = broken('en', 'twenty');
    render(<App shell={shell} initialLang="nl" loadExample={async () => ({ path: 'broken.xlsx', name: 'broken.xlsx', bytes: en.bytes })} />);
    const group = await screen.findByTestId('problem-group');
    const item = within(group).getAllByTestId('problem-item').map((e) => e.textContent ?? '')
      .find((text) => text.includes('twenty'));
    expect(item).toBe(`Works, row 4, column ${en.column} (plannedYear)"twenty" is not a number.`);
    expect(group.querySelector('ol')?.getAttribute('lang')).toBe('en');
    // The interface around it stays Dutch.
    expect(screen.getByTestId('view-inputs').textContent).toBe('Invoer');
  });

  it('a Dutch workbook keeps Dutch; a file that tells no language has none', () => {
    const nl = broken('nl', 'twintig');
    const r = openBytes({ path: 'kapot.xlsx', name: 'kapot.xlsx', bytes: nl.bytes });
    expect(r.kind === 'failed' && r.lang).toBe('nl');
    const none = openBytes({ path: 'x.xlsx', name: 'x.xlsx', bytes: new TextEncoder().encode('geen zip') });
    expect(none.kind === 'failed' && none.lang).toBeUndefined();
  });

  it('a file with more problems than a read lists is counted as more than 1000, not 1001', async () => {
    const wb = XLSX.read(writeWorkbook(buildExample(), { lang: 'nl' }));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Werken as XLSX.WorkSheet, { header: 1 });
    wb.Sheets.Werken = XLSX.utils.aoa_to_sheet([rows[0]!, ...Array.from({ length: 5000 }, () => rows[1]!)]);
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    render(<App shell={shell} initialLang="nl" loadExample={async () => ({ path: 'herhaald.xlsx', name: 'herhaald.xlsx', bytes })} />);
    await screen.findByTestId('problem-group');
    expect(screen.getByTestId('notice').textContent).toBe('herhaald.xlsx kon niet worden geopend: meer dan 1000 meldingen.');
  });
});
