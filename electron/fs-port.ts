// The narrow file-system interface the shell's handlers use. Hiding node:fs behind it lets the
// tests inject the errors a real desktop meets (a read-only folder, a file Excel has locked, a full
// disk) even though the tests run as root, which ignores permissions.
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

export interface FileHandle {
  write(bytes: Uint8Array): Promise<void>;
  /** Flushes the file's data to the disk (fsync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileInfo {
  size: number;
  isFile: boolean;
}

export interface FileSystem {
  readFile(file: string): Promise<Uint8Array<ArrayBuffer>>;
  /** null when nothing is there. */
  stat(file: string): Promise<FileInfo | null>;
  /** 'wx' creates a new file and fails if one exists; 'w' truncates. */
  open(file: string, flags: 'wx' | 'w'): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
  /** Names in a folder ([] when it cannot be read). */
  readdir(dir: string): Promise<string[]>;
  /** Flushes a directory entry after a rename; a no-op where the platform cannot (Windows). */
  syncDir(dir: string): Promise<void>;
}

export const nodeFileSystem: FileSystem = {
  async readFile(file) {
    const buf = await fsp.readFile(file);
    return new Uint8Array(buf.buffer as ArrayBuffer, buf.byteOffset, buf.byteLength);
  },
  async stat(file) {
    try {
      const s = await fsp.stat(file);
      return { size: s.size, isFile: s.isFile() };
    } catch (e) {
      if (errorCode(e) === 'ENOENT' || errorCode(e) === 'ENOTDIR') return null;
      throw e;
    }
  },
  async open(file, flags) {
    const h = await fsp.open(file, flags, 0o644);
    return {
      async write(bytes) {
        let done = 0;
        while (done < bytes.byteLength) {
          const { bytesWritten } = await h.write(bytes, done, bytes.byteLength - done);
          done += bytesWritten;
        }
      },
      sync: () => h.sync(),
      close: () => h.close(),
    };
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (file) => fsp.unlink(file),
  mkdir: async (dir) => {
    await fsp.mkdir(dir, { recursive: true });
  },
  async readdir(dir) {
    try {
      return await fsp.readdir(dir);
    } catch {
      return [];
    }
  },
  async syncDir(dir) {
    if (process.platform === 'win32') return;
    let h: fsp.FileHandle | undefined;
    try {
      h = await fsp.open(dir, 'r');
      await h.sync();
    } catch {
      // Some file systems (network shares) refuse fsync on a directory; the rename already happened.
    } finally {
      await h?.close();
    }
  },
};

export function errorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return undefined;
}

export function dirOf(file: string): string {
  return path.dirname(file);
}
