// The recent-files list, newest first, kept in the user-data folder. Paths compare exactly except
// on Windows and macOS, whose file systems usually ignore case.
import * as path from 'node:path';
import { z } from 'zod';
import { atomicWrite } from './atomic-write';
import type { FileSystem } from './fs-port';

export const RECENT_FILE = 'recent-files.json';
export const MAX_RECENT = 10;

const stored = z.array(z.string().min(1)).max(100);

export function samePath(a: string, b: string, platform: string = process.platform): boolean {
  if (platform === 'win32' || platform === 'darwin') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

export class RecentFiles {
  private list: string[] = [];

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
  ) {}

  private get file(): string {
    return path.join(this.dir, RECENT_FILE);
  }

  async load(): Promise<void> {
    try {
      const parsed = stored.safeParse(JSON.parse(new TextDecoder().decode(await this.fs.readFile(this.file))));
      this.list = parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
    } catch {
      // No list yet, or a damaged one: start empty rather than refuse to start.
      this.list = [];
    }
  }

  has(file: string): boolean {
    return this.list.some((p) => samePath(p, file));
  }

  /** The list without files that no longer exist. */
  async existing(): Promise<string[]> {
    const out: string[] = [];
    for (const p of this.list) if ((await this.fs.stat(p))?.isFile) out.push(p);
    return out;
  }

  all(): string[] {
    return [...this.list];
  }

  async add(file: string): Promise<void> {
    this.list = [file, ...this.list.filter((p) => !samePath(p, file))].slice(0, MAX_RECENT);
    await this.fs.mkdir(this.dir);
    await atomicWrite(this.fs, this.file, new TextEncoder().encode(JSON.stringify(this.list, null, 1)));
  }
}
