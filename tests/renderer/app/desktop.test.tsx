// @vitest-environment jsdom
// The app behind the desktop adapter (renderer/app/shell/desktop.ts) with a preload API kept in
// memory: a file opened from outside before the page was ready (file association, second launch)
// is queued by the preload and opens at start instead of the bundled example; one arriving later
// (Open recent) opens as a new tab; the window state carries the interface language. The Electron
// side of the same API is tested by tests/electron.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { desktopShell } from '../../../renderer/app/shell/desktop';
import type { OpenedFile, ShellApi } from '../../../engine/shell-api';
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
  let handler: ((f: OpenedFile) => void) | null = null;
  const api: ShellApi = {
    openFile: async () => null,
    openDropped: async () => null,
    save: async (req) => ({ ok: true, path: `/tmp/${req.suggestedName}` }),
    recentFiles: async () => [],
    openRecent: async () => null,
    setWindowState: (s) => {
      windowStates.push(s);
    },
    autosave: async () => {},
    takeRecovery: async () => null,
    printToPdf: async (name) => ({ ok: true, path: name }),
    openExternal: async () => {},
    onMenu: () => () => {},
    onOpenFile: (h) => {
      handler = h;
      for (const f of queued.splice(0)) h(f);
      return () => {
        handler = null;
      };
    },
  };
  return { api, windowStates, send: (f: OpenedFile) => handler?.(f) };
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
});
