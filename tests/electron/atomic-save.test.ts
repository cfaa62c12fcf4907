// Atomic save: the original is intact whatever happens during the write, including a writer
// killed halfway, an injected read-only folder, a file locked by Excel and a full disk, and a
// real ENOSPC from /dev/full.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite } from '../../electron/atomic-write';
import { nodeFileSystem, type FileSystem } from '../../electron/fs-port';
import { ShellCore } from '../../electron/shell-core';
import { bytesOf, faultyFs, listing, ScriptedDialogs, tempDir, textOf } from './helpers';

const ORIGINAL = 'original workbook bytes';

function withOriginal(): { dir: string; target: string } {
  const dir = tempDir();
  const target = path.join(dir, 'scenario.xlsx');
  fs.writeFileSync(target, ORIGINAL);
  return { dir, target };
}

describe('atomicWrite', () => {
  it('replaces the target and leaves no temporary file', async () => {
    const { dir, target } = withOriginal();
    await atomicWrite(nodeFileSystem, target, bytesOf('new bytes'));
    expect(textOf(target)).toBe('new bytes');
    expect(listing(dir)).toEqual(['scenario.xlsx']);
  });

  it('writes the temporary file beside the target, flushes it, then renames', async () => {
    const { dir, target } = withOriginal();
    const spy = nodeFileSystem;
    const order: string[] = [];
    const recording: FileSystem = {
      ...spy,
      async open(file, flags) {
        order.push(`open ${path.dirname(file) === dir ? 'beside' : 'elsewhere'} ${flags}`);
        const h = await spy.open(file, flags);
        return {
          write: async (b) => {
            order.push('write');
            await h.write(b);
          },
          sync: async () => {
            order.push('fsync');
            await h.sync();
          },
          close: async () => {
            order.push('close');
            await h.close();
          },
        };
      },
      async rename(from, to) {
        order.push('rename');
        await spy.rename(from, to);
      },
    };
    await atomicWrite(recording, target, bytesOf('x'));
    expect(order).toEqual(['open beside wx', 'write', 'fsync', 'close', 'rename']);
  });

  it('keeps the original when the writer is killed halfway', async () => {
    const { dir, target } = withOriginal();
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/electron/fixtures/slow-writer.ts', target], {
      cwd: path.resolve(__dirname, '../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('HALFWAY')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`writer ended before halfway: ${out}`)));
    });
    expect(await exited).toBe('SIGKILL');
    expect(out).not.toContain('DONE');
    // The original is byte for byte what it was; what was left is a partial temporary file.
    expect(textOf(target)).toBe(ORIGINAL);
    const temps = listing(dir).filter((f) => f.endsWith('.koppelkans-tmp'));
    expect(temps).toHaveLength(1);
    const partial = fs.statSync(path.join(dir, temps[0]!)).size;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(32 * 1024 * 1024);
    // The next successful save of that file clears what the killed one left behind.
    const core = new ShellCore({ fs: nodeFileSystem, dialogs: new ScriptedDialogs(), userDataDir: path.join(dir, 'u'), lang: () => 'en' });
    await core.openPath(target);
    expect(await core.save({ path: target, suggestedName: 'scenario.xlsx', bytes: bytesOf('v2'), kind: 'scenario' })).toEqual({ ok: true, path: target });
    expect(listing(dir)).toEqual(['scenario.xlsx', 'u']);
    expect(textOf(target)).toBe('v2');
  });
});

describe('a failed save leaves the original untouched and says what to do', () => {
  const cases = [
    { name: 'read-only folder', op: 'open', code: 'EACCES', key: /read-only/, todo: /Save as/ },
    { name: 'read-only file system', op: 'open', code: 'EROFS', key: /read-only/, todo: /Save as/ },
    { name: 'file locked by Excel', op: 'rename', code: 'EBUSY', key: /open in another program/, todo: /Close the file/ },
    { name: 'locked on Windows (EPERM)', op: 'rename', code: 'EPERM', key: /open in another program/, todo: /Close the file/ },
    { name: 'full disk', op: 'write', code: 'ENOSPC', key: /disk is full/, todo: /Free some space/ },
    { name: 'full disk at fsync', op: 'sync', code: 'ENOSPC', key: /disk is full/, todo: /Free some space/ },
  ] as const;
  for (const c of cases) {
    it(`${c.name} (${c.code} on ${c.op})`, async () => {
      const { dir, target } = withOriginal();
      const core = new ShellCore({
        fs: faultyFs(c.op, c.code),
        dialogs: new ScriptedDialogs(),
        userDataDir: path.join(dir, 'userdata'),
        lang: () => 'en',
      });
      // The user opened the file first, so a plain Save may write to it.
      await core.openPath(target);
      const result = await core.save({ path: target, suggestedName: 'scenario.xlsx', bytes: bytesOf('new'), kind: 'scenario' });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.cancelled).toBe(false);
      expect(result.code).toBe(c.code);
      expect(result.message).toMatch(c.key);
      expect(result.message).toMatch(c.todo);
      expect(result.message).toContain('The existing file is unchanged');
      expect(textOf(target)).toBe(ORIGINAL);
      expect(listing(dir).filter((f) => f.endsWith('.koppelkans-tmp'))).toEqual([]);
    });
  }

  it('says it in Dutch when the interface is Dutch', async () => {
    const { dir, target } = withOriginal();
    const core = new ShellCore({ fs: faultyFs('rename', 'EBUSY'), dialogs: new ScriptedDialogs(), userDataDir: path.join(dir, 'u'), lang: () => 'nl' });
    await core.openPath(target);
    const result = await core.save({ path: target, suggestedName: 'scenario.xlsx', bytes: bytesOf('new'), kind: 'scenario' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('geopend in een ander programma (bijvoorbeeld Excel)');
  });

  it('a real ENOSPC from /dev/full', async () => {
    expect(fs.existsSync('/dev/full')).toBe(true);
    const { dir, target } = withOriginal();
    // Every temporary file is the full device: the kernel, not the test, reports the full disk.
    const devFull: FileSystem = {
      ...nodeFileSystem,
      open: (file, flags) => (file.endsWith('.koppelkans-tmp') ? nodeFileSystem.open('/dev/full', 'w') : nodeFileSystem.open(file, flags)),
      unlink: async (file) => {
        if (fs.existsSync(file)) await nodeFileSystem.unlink(file);
      },
    };
    await expect(atomicWrite(devFull, target, bytesOf('new'))).rejects.toMatchObject({ code: 'ENOSPC' });
    const core = new ShellCore({ fs: devFull, dialogs: new ScriptedDialogs([], [target]), userDataDir: path.join(dir, 'u'), lang: () => 'en' });
    const result = await core.save({ suggestedName: 'scenario.xlsx', bytes: bytesOf('new'), kind: 'scenario' });
    expect(result).toMatchObject({ ok: false, cancelled: false, code: 'ENOSPC' });
    expect(textOf(target)).toBe(ORIGINAL);
  });
});
