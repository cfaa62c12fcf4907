// Shared test helpers: temporary folders and a FileSystem that injects the errors a desktop meets
// (tests run as root, which ignores permissions, so EACCES cannot be produced for real).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeFileSystem, type FileSystem } from '../../electron/fs-port';
import type { CloseChoice, Dialogs, SaveKind } from '../../electron/shell-core';

export function tempDir(prefix = 'koppelkans-electron-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function fsError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${file}'`), { code, syscall, path: file });
}

export type Op = 'open' | 'write' | 'sync' | 'rename' | 'readFile' | 'unlink';

/** The real file system, except that `op` fails with `code` (for paths matching `when`). */
export function faultyFs(op: Op, code: string, when: (file: string) => boolean = () => true): FileSystem & { calls: string[] } {
  const calls: string[] = [];
  const fail = (o: Op, file: string) => {
    calls.push(`${o} ${file}`);
    if (o === op && when(file)) throw fsError(code, o, file);
  };
  return {
    calls,
    async readFile(file) {
      fail('readFile', file);
      return nodeFileSystem.readFile(file);
    },
    stat: (file) => nodeFileSystem.stat(file),
    async open(file, flags) {
      fail('open', file);
      const h = await nodeFileSystem.open(file, flags);
      return {
        async write(bytes) {
          fail('write', file);
          await h.write(bytes);
        },
        async sync() {
          fail('sync', file);
          await h.sync();
        },
        close: () => h.close(),
      };
    },
    async rename(from, to) {
      fail('rename', to);
      await nodeFileSystem.rename(from, to);
    },
    async unlink(file) {
      fail('unlink', file);
      await nodeFileSystem.unlink(file);
    },
    mkdir: (dir) => nodeFileSystem.mkdir(dir),
    readdir: (dir) => nodeFileSystem.readdir(dir),
    syncDir: (dir) => nodeFileSystem.syncDir(dir),
  };
}

/** Dialogs answered from a script, recording what was asked. */
export class ScriptedDialogs implements Dialogs {
  asked: string[] = [];
  constructor(
    public openAnswers: (string | null)[] = [],
    public saveAnswers: (string | null)[] = [],
    public closeAnswers: CloseChoice[] = [],
  ) {}
  async chooseOpen(): Promise<string | null> {
    this.asked.push('open');
    return this.openAnswers.shift() ?? null;
  }
  async chooseSave(kind: SaveKind, suggestedName: string): Promise<string | null> {
    this.asked.push(`save ${kind} ${suggestedName}`);
    return this.saveAnswers.shift() ?? null;
  }
  async confirmClose(): Promise<CloseChoice> {
    this.asked.push('close');
    return this.closeAnswers.shift() ?? 'cancel';
  }
}

export const bytesOf = (s: string) => new TextEncoder().encode(s);
export const textOf = (file: string) => fs.readFileSync(file, 'utf8');
/** Files in a folder, temporaries included. */
export const listing = (dir: string) => fs.readdirSync(dir).sort();
