// @vitest-environment jsdom
// The autosave writes the latest state for a restore, but not while a what-if slider is held: on a
// city writing the workspace is a long task between two moves. Once the slider is let go, the
// state it ended on is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import type { Shell } from '../../../renderer/app/shell/types';
import { readWorkspace } from '../../../renderer/app/state/workspace';
import { installResizeObserver } from '../dashboard/setup-dom';

const exampleBytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'scenarios', 'vier-testwijken.xlsx')));

installResizeObserver();

afterEach(cleanup);

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function autosavingShell() {
  const autosaves: string[] = [];
  const shell: Shell = {
    kind: 'browser', openFile: async () => null, openDropped: async () => null,
    save: async (req) => ({ ok: true, path: req.suggestedName }),
    recentFiles: async () => [], openRecent: async () => null, setWindowState: () => {},
    autosave: async (json) => { autosaves.push(json); },
    takeRecovery: async () => null, printToPdf: async (name) => ({ ok: true, path: name }),
    onMenu: () => () => {}, onOpenFile: () => () => {},
  };
  return { shell, autosaves };
}

const discountRate = (json: string | undefined) => {
  const r = readWorkspace(json ?? '');
  return r.ok ? r.workspace.documents[0]!.whatIf.settings.discountRate : 'unreadable';
};

describe('autosave', () => {
  it('waits while a what-if slider is held and then writes the value it was let go at', async () => {
    const { shell, autosaves } = autosavingShell();
    render(<App shell={shell} initialLang="nl"
      loadExample={async () => ({ path: 'vier-testwijken.xlsx', name: 'vier-testwijken.xlsx', bytes: exampleBytes })} />);
    await screen.findByRole('tab', { name: /vier-testwijken/ });
    await waitFor(() => expect(autosaves.length).toBeGreaterThan(0), { timeout: 5_000 });
    expect(discountRate(autosaves.at(-1))).toBeUndefined();

    await waitFor(() => expect(document.getElementById('kk-wi-discountRate')).not.toBeNull(), { timeout: 5_000 });
    const slider = document.getElementById('kk-wi-discountRate') as HTMLInputElement;
    const before = autosaves.length;
    fireEvent.pointerDown(slider);
    fireEvent.change(slider, { target: { value: '0.031' } });
    fireEvent.change(slider, { target: { value: '0.032' } });
    // Held well past the autosave's rest (400 ms): nothing written.
    await pause(1_200);
    expect(autosaves.length).toBe(before);

    fireEvent.pointerUp(slider);
    await waitFor(() => expect(autosaves.length).toBeGreaterThan(before), { timeout: 5_000 });
    expect(discountRate(autosaves.at(-1))).toBe(0.032);
  });
});
