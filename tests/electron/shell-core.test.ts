// The file handlers as the main process runs them, with scripted dialogs and the real file system.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../electron/fs-port';
import { MAX_OPEN_BYTES, ShellCore, ShellError, windowTitle } from '../../electron/shell-core';
import { bytesOf, ScriptedDialogs, tempDir, textOf } from './helpers';

function setup(dialogs = new ScriptedDialogs()) {
  const dir = tempDir();
  const core = new ShellCore({ fs: nodeFileSystem, dialogs, userDataDir: path.join(dir, 'userdata'), lang: () => 'en' });
  return { dir, core, dialogs };
}

describe('open, save, save as and recent files', () => {
  it('opens the file chosen in the dialog and lists it as recent', async () => {
    const { dir, core, dialogs } = setup();
    const file = path.join(dir, 'wijk.xlsx');
    fs.writeFileSync(file, 'PK-bytes');
    dialogs.openAnswers.push(file);
    const opened = await core.openFile();
    expect(opened).toMatchObject({ path: file, name: 'wijk.xlsx' });
    expect(new TextDecoder().decode(opened!.bytes)).toBe('PK-bytes');
    expect(await core.recentFiles()).toEqual([file]);
  });

  it('a cancelled open dialog opens nothing', async () => {
    const { core } = setup(new ScriptedDialogs([null]));
    expect(await core.openFile()).toBeNull();
  });

  it('Save writes to the opened file without asking; Save as asks', async () => {
    const { dir, core, dialogs } = setup();
    const file = path.join(dir, 'wijk.xlsx');
    fs.writeFileSync(file, 'v1');
    await core.openPath(file);
    expect(await core.save({ path: file, suggestedName: 'wijk.xlsx', bytes: bytesOf('v2'), kind: 'scenario' })).toEqual({ ok: true, path: file });
    expect(textOf(file)).toBe('v2');
    expect(dialogs.asked).toEqual([]);

    const other = path.join(dir, 'kopie');
    dialogs.saveAnswers.push(other);
    const r = await core.save({ suggestedName: 'kopie.xlsx', bytes: bytesOf('v3'), kind: 'scenario' });
    // The extension is added when the user typed none.
    expect(r).toEqual({ ok: true, path: other + '.xlsx' });
    expect(textOf(other + '.xlsx')).toBe('v3');
    expect(dialogs.asked).toEqual(['save scenario kopie.xlsx']);
    expect((await core.recentFiles())[0]).toBe(other + '.xlsx');
  });

  it('a Save to a path the user never chose asks where instead of writing there', async () => {
    const { dir, core, dialogs } = setup(new ScriptedDialogs([], [null]));
    const foreign = path.join(dir, 'not-chosen.xlsx');
    const r = await core.save({ path: foreign, suggestedName: 'x.xlsx', bytes: bytesOf('evil'), kind: 'scenario' });
    expect(r).toEqual({ ok: false, cancelled: true });
    expect(fs.existsSync(foreign)).toBe(false);
    expect(dialogs.asked).toEqual(['save scenario x.xlsx']);
  });

  it('openRecent reads only what the recent list holds', async () => {
    const { dir, core } = setup();
    const file = path.join(dir, 'a.xlsx');
    fs.writeFileSync(file, 'a');
    const secret = path.join(dir, 'secret.xlsx');
    fs.writeFileSync(secret, 'secret');
    await core.openPath(file);
    expect((await core.openRecent(file))?.name).toBe('a.xlsx');
    expect(await core.openRecent(secret)).toBeNull();
  });

  it('the recent list survives a restart, newest first, without vanished files', async () => {
    const { dir, core } = setup();
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    fs.writeFileSync(a, 'a');
    fs.writeFileSync(b, 'b');
    await core.openPath(a);
    await core.openPath(b);
    await core.openPath(a);
    const again = new ShellCore({ fs: nodeFileSystem, dialogs: new ScriptedDialogs(), userDataDir: path.join(dir, 'userdata'), lang: () => 'en' });
    await again.start(new Date());
    expect(await again.recentFiles()).toEqual([a, b]);
    fs.unlinkSync(b);
    expect(await again.recentFiles()).toEqual([a]);
  });

  it('refuses other file types, relative paths and files over 100 MB with a message', async () => {
    const { dir, core } = setup();
    const exe = path.join(dir, 'run.exe');
    fs.writeFileSync(exe, 'MZ');
    await expect(core.openPath(exe)).rejects.toThrow(/only Excel workbooks/);
    await expect(core.openPath('relative.xlsx')).rejects.toBeInstanceOf(ShellError);
    const big = path.join(dir, 'big.xlsx');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_OPEN_BYTES + 1);
    await expect(core.openPath(big)).rejects.toThrow(/larger than 100 MB/);
    await expect(core.openPath(path.join(dir, 'missing.xlsx'))).rejects.toThrow(/could not be read \(ENOENT\)/);
  });

  it('exports a PDF to the chosen place atomically', async () => {
    const { dir, core, dialogs } = setup();
    dialogs.saveAnswers.push(path.join(dir, 'rapport'));
    const r = await core.exportPdf('rapport.pdf', async () => bytesOf('%PDF-1.7 fake'));
    expect(r).toEqual({ ok: true, path: path.join(dir, 'rapport.pdf') });
    expect(textOf(path.join(dir, 'rapport.pdf'))).toBe('%PDF-1.7 fake');
  });
});

describe('window title', () => {
  it('shows unsaved changes with a dot', () => {
    expect(windowTitle('Vier testwijken', false)).toBe('Vier testwijken — Koppelkans');
    expect(windowTitle('Vier testwijken', true)).toBe('• Vier testwijken — Koppelkans');
    expect(windowTitle('', false)).toBe('Koppelkans');
    // The page's own "name – Koppelkans" does not get the app's name twice.
    expect(windowTitle('Vier testwijken – Koppelkans', true)).toBe('• Vier testwijken — Koppelkans');
    expect(windowTitle('Koppelkans', false)).toBe('Koppelkans');
  });
});
