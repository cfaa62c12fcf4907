// @vitest-environment jsdom
// The app behind the desktop adapter (renderer/app/shell/desktop.ts) with a preload API kept in
// memory: a file opened from outside before the page was ready (file association, second launch)
// is queued by the preload and opens at start instead of the bundled example; one arriving later
// (Open recent) opens as a new tab; the window state carries the interface language. The Electron
// side of the same API is tested by tests/electron.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { desktopShell } from '../../../renderer/app/shell/desktop';
import * as XLSX from 'xlsx';
import type { MenuCommand, OpenedFile, SaveRequest, ShellApi } from '../../../engine/shell-api';
import { t } from '../../../engine/i18n/index';
import '../../../engine/i18n/formulas';
import '../../../engine/i18n/results';
import { readWorkbook } from '../../../engine/workbook/read';
import { writeWorkbook } from '../../../engine/workbook/write';

const exampleBytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'scenarios', 'vier-testwijken.xlsx')));
const example = readWorkbook(exampleBytes);
if (!example.ok) throw new Error('example does not read');

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

afterEach(cleanup);

/** A preload as electron/preload-api.ts behaves: files before the handler are queued. */
function memoryPreload(queued: OpenedFile[]) {
  const windowStates: { title: string; dirty: boolean; lang?: string }[] = [];
  const saves: SaveRequest[] = [];
  let handler: ((f: OpenedFile) => void) | null = null;
  let menuHandler: ((cmd: MenuCommand) => void) | null = null;
  const api: ShellApi = {
    openFile: async () => null,
    openDropped: async () => null,
    save: async (req) => {
      saves.push(req);
      return { ok: true, path: `/tmp/${req.suggestedName}` };
    },
    recentFiles: async () => [],
    openRecent: async () => null,
    setWindowState: (s) => {
      windowStates.push(s);
    },
    autosave: async () => {},
    takeRecovery: async () => null,
    printToPdf: async (name) => ({ ok: true, path: name }),
    openExternal: async () => {},
    onMenu: (h) => {
      menuHandler = h;
      return () => {
        menuHandler = null;
      };
    },
    onOpenFile: (h) => {
      handler = h;
      for (const f of queued.splice(0)) h(f);
      return () => {
        handler = null;
      };
    },
  };
  return {
    api, windowStates, saves,
    send: (f: OpenedFile) => handler?.(f),
    // What the main process pushes on the menu channel; deliberately untyped, as it arrives.
    menu: (cmd: unknown) => menuHandler?.(cmd as MenuCommand),
  };
}

const fileOf = (name: string, tenderFixed: number): OpenedFile => ({
  path: `/home/gemeente/${name}`,
  name,
  bytes: new Uint8Array(writeWorkbook({ ...example.scenario, settings: { ...example.scenario.settings, tenderFixed } }, { lang: 'nl' })),
});

describe('desktop shell adapter in the app', () => {
  it('opens files from outside: queued ones at start (no example), later ones as new tabs', async () => {
    const { api, send } = memoryPreload([fileOf('dubbelklik.xlsx', 40_000)]);
    let exampleAsked = 0;
    render(<App shell={desktopShell(api)} initialLang="nl" loadExample={async () => {
      exampleAsked += 1;
      return { path: 'vier-testwijken.xlsx', name: 'vier-testwijken.xlsx', bytes: exampleBytes };
    }} />);
    await screen.findByRole('tab', { name: /dubbelklik/ }, { timeout: 15_000 });
    // Start-up is done when the view tabs show; the example must not have been opened as well.
    await waitFor(() => expect(screen.queryByText('Bezig met laden…')).toBeNull(), { timeout: 15_000 });
    expect(exampleAsked).toBe(0);
    expect(screen.queryByRole('tab', { name: /vier-testwijken/ })).toBeNull();

    send(fileOf('recent.xlsx', 50_000));
    await screen.findByRole('tab', { name: /recent/ }, { timeout: 15_000 });
    expect(screen.getAllByTestId('doc-tab')).toHaveLength(2);
    // A malformed message from the preload is ignored, not opened.
    send({ path: '', name: '', bytes: new Uint8Array() } as OpenedFile);
    expect(screen.getAllByTestId('doc-tab')).toHaveLength(2);
  });

  it('tells the shell the interface language with the window state', async () => {
    const { api, windowStates } = memoryPreload([]);
    render(<App shell={desktopShell(api)} initialLang="nl"
      loadExample={async () => ({ path: 'vier-testwijken.xlsx', name: 'vier-testwijken.xlsx', bytes: exampleBytes })} />);
    await screen.findByRole('tab', { name: /vier-testwijken/ }, { timeout: 15_000 });
    await waitFor(() => expect(windowStates.at(-1)).toMatchObject({ title: 'vier-testwijken – Koppelkans', lang: 'nl' }));
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    await waitFor(() => expect(windowStates.at(-1)?.lang).toBe('en'));
  });

  it('the desktop menu exports the results with formulas, as the export menu\'s formulas item does', async () => {
    const { api, saves, menu } = memoryPreload([]);
    render(<App shell={desktopShell(api)} initialLang="nl"
      loadExample={async () => ({ path: 'vier-testwijken.xlsx', name: 'vier-testwijken.xlsx', bytes: exampleBytes })} />);
    await screen.findByRole('tab', { name: /vier-testwijken/ }, { timeout: 15_000 });
    // Results are there when the toolbar's export is enabled.
    await waitFor(() => expect((screen.getByTestId('export-results') as HTMLButtonElement).disabled).toBe(false), { timeout: 15_000 });
    // The first sheet of the workbook and how many of its cells are formulas.
    const formulaCells = (bytes: Uint8Array) => {
      const wb = XLSX.read(bytes, { cellFormula: true });
      const first = wb.SheetNames[0]!;
      const cells = Object.entries(wb.Sheets[first]!).filter(([a, c]) => !a.startsWith('!') && (c as XLSX.CellObject).f);
      return { first, formulas: cells.length };
    };

    menu('exportResultsFormulas');
    await waitFor(() => expect(saves).toHaveLength(1), { timeout: 15_000 });
    expect(saves[0]).toMatchObject({ kind: 'results', suggestedName: 'vier-testwijken resultaten met formules.xlsx' });
    expect(saves[0]!.path).toBeUndefined();
    const viaMenu = formulaCells(saves[0]!.bytes);
    expect(viaMenu.first).toBe(t('nl', 'formulas.sheet.comparison'));
    expect(viaMenu.formulas).toBeGreaterThan(20);
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe('Resultaten geëxporteerd.'), { timeout: 15_000 });

    // The export menu's formulas item writes the same workbook.
    await waitFor(() => expect((screen.getByTestId('export-results') as HTMLButtonElement).disabled).toBe(false), { timeout: 15_000 });
    fireEvent.click(screen.getByTestId('export-results'));
    // The items name the desktop menu's shortcuts.
    expect(screen.getByTestId('export-values').getAttribute('aria-keyshortcuts')).toBe('Control+E');
    expect(screen.getByTestId('export-formulas').getAttribute('aria-keyshortcuts')).toBe('Control+Shift+E');
    expect(screen.getByTestId('export-formulas').querySelector('kbd')?.textContent).toBe('Ctrl+Shift+E');
    fireEvent.click(screen.getByTestId('export-formulas'));
    await waitFor(() => expect(saves).toHaveLength(2), { timeout: 15_000 });
    expect(saves[1]!.suggestedName).toBe(saves[0]!.suggestedName);
    expect(formulaCells(saves[1]!.bytes)).toEqual(viaMenu);

    // The older command keeps its meaning: the values workbook, without formulas.
    await waitFor(() => expect((screen.getByTestId('export-results') as HTMLButtonElement).disabled).toBe(false), { timeout: 15_000 });
    menu('exportResults');
    await waitFor(() => expect(saves).toHaveLength(3), { timeout: 15_000 });
    expect(saves[2]).toMatchObject({ kind: 'results', suggestedName: 'vier-testwijken resultaten.xlsx' });
    expect(formulaCells(saves[2]!.bytes)).toEqual({ first: t('nl', 'results.sheet.summary'), formulas: 0 });

    // A command the contract does not know is dropped by the desktop adapter, not run.
    expect(() => menu('exportResultsXml')).not.toThrow();
    expect(() => menu({ cmd: 'exportResults', form: 'formulas' })).not.toThrow();
    await new Promise((r) => setTimeout(r, 100));
    expect(saves).toHaveLength(3);
  }, 60_000);

  it('saves a workbook in its own language under another interface language; the menu saves it in the other', async () => {
    const { api, saves, menu } = memoryPreload([fileOf('begroting.xlsx', 40_000)]);
    render(<App shell={desktopShell(api)} initialLang="en" loadExample={async () => null} />);
    await screen.findByRole('tab', { name: /begroting/ }, { timeout: 15_000 });
    const sheets = (i: number) => XLSX.read(saves[i]!.bytes).SheetNames;
    await act(async () => {
      menu('save');
    });
    await waitFor(() => expect(saves).toHaveLength(1), { timeout: 15_000 });
    expect(saves[0]!.path).toBe('/home/gemeente/begroting.xlsx');
    expect(sheets(0)).toContain('Werken');
    await screen.findByText('Saved begroting.xlsx.', {}, { timeout: 15_000 });
    // Saving in English asks where (a new file) and writes English.
    await act(async () => {
      menu('saveWorkbookEn');
    });
    await waitFor(() => expect(saves).toHaveLength(2), { timeout: 15_000 });
    expect(saves[1]!.path).toBeUndefined();
    expect(sheets(1)).toContain('Works');
    expect(sheets(1)).not.toContain('Werken');
    await waitFor(() => expect(screen.getByTestId('save').getAttribute('data-lang')).toBe('en'), { timeout: 15_000 });
    // From then on Save writes English to the file just chosen.
    await act(async () => {
      menu('save');
    });
    await waitFor(() => expect(saves).toHaveLength(3), { timeout: 15_000 });
    expect(saves[2]!.path).toBe('/tmp/begroting.xlsx');
    expect(sheets(2)).toContain('Works');
  });
});
