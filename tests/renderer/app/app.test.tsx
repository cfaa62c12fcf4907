// @vitest-environment jsdom
// The app in jsdom with a shell that keeps files in memory: it opens the example workbook, edits a
// setting through the editor, undoes and redoes with the keyboard, saves through the shell, and
// switches language. The real engine and codec run; only the file system is replaced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import type { Shell } from '../../../renderer/app/shell/types';
import type { SaveRequest } from '../../../engine/shell-api';
import { readWorkbook } from '../../../engine/workbook/read';

const exampleBytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'scenarios', 'vier-testwijken.xlsx')));

function memoryShell() {
  const saved: SaveRequest[] = [];
  const autosaves: string[] = [];
  const shell: Shell = {
    kind: 'browser',
    openFile: async () => null,
    openDropped: async () => null,
    save: async (req) => {
      saved.push(req);
      return { ok: true, path: req.suggestedName };
    },
    recentFiles: async () => [],
    openRecent: async () => null,
    setWindowState: () => {},
    autosave: async (json) => {
      autosaves.push(json);
    },
    takeRecovery: async () => null,
    printToPdf: async (name) => ({ ok: true, path: name }),
    onMenu: () => () => {},
    onOpenFile: () => () => {},
  };
  return { shell, saved, autosaves };
}

// jsdom has no layout: recharts' ResponsiveContainer needs ResizeObserver to exist.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

afterEach(cleanup);

describe('App in jsdom', () => {
  it('opens the example, edits a setting, undoes, redoes, saves and switches language', async () => {
    const { shell, saved } = memoryShell();
    render(<App shell={shell} initialLang="nl"
      loadExample={async () => ({ path: 'vier-testwijken.xlsx', name: 'vier-testwijken.xlsx', bytes: exampleBytes })} />);
    await screen.findByRole('tab', { name: /vier-testwijken/ });

    fireEvent.click(screen.getByTestId('view-inputs'));
    fireEvent.click(screen.getByRole('tab', { name: 'Instellingen' }));
    const cell = screen.getByLabelText('Waarde van tenderFixed') as HTMLInputElement;
    const original = cell.value;
    fireEvent.change(cell, { target: { value: 'veel' } });
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(cell, { target: { value: '77.777,5' } });
    expect(cell.getAttribute('aria-invalid')).toBeNull();
    fireEvent.keyDown(cell, { key: 'Enter' });
    await waitFor(() => expect((screen.getByLabelText('Waarde van tenderFixed') as HTMLInputElement).value).toBe('77777,5'));
    expect(screen.getByLabelText('niet opgeslagen wijzigingen')).toBeTruthy();

    act(() => {
      fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    });
    await waitFor(() => expect((screen.getByLabelText('Waarde van tenderFixed') as HTMLInputElement).value).toBe(original));
    act(() => {
      fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    });
    await waitFor(() => expect((screen.getByLabelText('Waarde van tenderFixed') as HTMLInputElement).value).toBe('77777,5'));

    await act(async () => {
      fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    });
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.kind).toBe('scenario');
    expect(saved[0]!.suggestedName).toBe('vier-testwijken.xlsx');
    const back = readWorkbook(saved[0]!.bytes);
    expect(back.ok && back.scenario.settings.tenderFixed).toBe(77777.5);
    expect(back.ok && back.lang).toBe('nl');
    expect(screen.queryByLabelText('niet opgeslagen wijzigingen')).toBeNull();

    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    expect(screen.getByTestId('view-inputs').textContent).toBe('Inputs');
    expect((screen.getByLabelText('Value of tenderFixed') as HTMLInputElement).value).toBe('77777.5');
  });
});
