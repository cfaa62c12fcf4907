// Autosave to the user-data folder every 30 s and on blur, and the offer to restore after a crash.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_INTERVAL_MS, Autosaver } from '../../electron/autosave';
import { nodeFileSystem } from '../../electron/fs-port';
import { ShellCore } from '../../electron/shell-core';
import { faultyFs, ScriptedDialogs, tempDir } from './helpers';

const now = new Date('2025-01-01T12:00:00Z');

describe('autosave and crash recovery', () => {
  it('offers the autosaved workspace after a crash, once', async () => {
    const dir = tempDir();
    const first = new Autosaver(nodeFileSystem, dir);
    await first.start(now);
    expect(first.takeRecovery()).toBeNull();
    first.submit('{"scenarios":["edited"]}');
    await first.flush();
    // The process dies here: no cleanExit. The next start finds the marker.
    const second = new Autosaver(nodeFileSystem, dir);
    await second.start(now);
    expect(second.takeRecovery()).toBe('{"scenarios":["edited"]}');
    expect(second.takeRecovery()).toBeNull();
  });

  it('offers nothing after a clean exit', async () => {
    const dir = tempDir();
    const first = new Autosaver(nodeFileSystem, dir);
    await first.start(now);
    first.submit('{"a":1}');
    await first.flush();
    await first.cleanExit();
    expect(fs.readdirSync(dir)).toEqual([]);
    const second = new Autosaver(nodeFileSystem, dir);
    await second.start(now);
    expect(second.takeRecovery()).toBeNull();
  });

  it('writes every 30 s only when the workspace changed', async () => {
    vi.useFakeTimers();
    try {
      const dir = tempDir();
      const a = new Autosaver(nodeFileSystem, dir);
      await a.start(now);
      const file = path.join(dir, 'autosave-workspace.json');
      const stop = a.schedule();
      a.submit('{"v":1}');
      await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS - 1);
      expect(fs.existsSync(file)).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await a.flush();
      expect(fs.readFileSync(file, 'utf8')).toBe('{"v":1}');
      a.submit('{"v":2}');
      await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS);
      await a.flush();
      expect(fs.readFileSync(file, 'utf8')).toBe('{"v":2}');
      stop();
      a.submit('{"v":3}');
      await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS * 3);
      expect(fs.readFileSync(file, 'utf8')).toBe('{"v":2}');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed autosave keeps the previous one and does not stop the next', async () => {
    const dir = tempDir();
    let full = false;
    const failing = faultyFs('write', 'ENOSPC', () => full);
    const a = new Autosaver(failing, dir);
    await a.start(now);
    a.submit('{"v":1}');
    await a.flush();
    full = true;
    a.submit('{"v":2}');
    await expect(a.flush()).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.readFileSync(path.join(dir, 'autosave-workspace.json'), 'utf8')).toBe('{"v":1}');
    full = false;
    await a.flush();
    expect(fs.readFileSync(path.join(dir, 'autosave-workspace.json'), 'utf8')).toBe('{"v":2}');
  });

  it('ShellCore keeps its autosave in the user-data folder', async () => {
    const dir = tempDir();
    const core = new ShellCore({ fs: nodeFileSystem, dialogs: new ScriptedDialogs(), userDataDir: dir, lang: () => 'nl' });
    await core.start(now);
    core.autosaver.submit('{"w":1}');
    await core.autosaver.flush();
    expect(fs.readFileSync(path.join(dir, 'autosave', 'autosave-workspace.json'), 'utf8')).toBe('{"w":1}');
    const restarted = new ShellCore({ fs: nodeFileSystem, dialogs: new ScriptedDialogs(), userDataDir: dir, lang: () => 'nl' });
    await restarted.start(now);
    expect(restarted.autosaver.takeRecovery()).toBe('{"w":1}');
  });
});
