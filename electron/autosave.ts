// Autosave and crash recovery. The renderer hands over its workspace as JSON whenever it changes;
// this keeps the latest and writes it (atomically) to the user-data folder every 30 s and when the
// window loses focus. A marker file exists while the app runs; a clean exit removes it, so a marker
// found at start means the last session crashed and its autosave is offered for restore.
import * as path from 'node:path';
import { atomicWrite } from './atomic-write';
import type { FileSystem } from './fs-port';

export const AUTOSAVE_INTERVAL_MS = 30_000;
export const AUTOSAVE_FILE = 'autosave-workspace.json';
export const MARKER_FILE = 'session-running.marker';

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

export class Autosaver {
  private pending: string | null = null;
  private written: string | null = null;
  private recovery: string | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
  ) {}

  get autosavePath(): string {
    return path.join(this.dir, AUTOSAVE_FILE);
  }

  get markerPath(): string {
    return path.join(this.dir, MARKER_FILE);
  }

  /** Call once at start: finds what a crash left, then marks this session as running. */
  async start(now: Date): Promise<void> {
    await this.fs.mkdir(this.dir);
    const crashed = (await this.fs.stat(this.markerPath)) !== null;
    if (crashed && (await this.fs.stat(this.autosavePath))?.isFile) {
      this.recovery = new TextDecoder().decode(await this.fs.readFile(this.autosavePath));
    }
    const marker = JSON.stringify({ pid: process.pid, startedAt: now.toISOString() });
    await atomicWrite(this.fs, this.markerPath, new TextEncoder().encode(marker));
  }

  /** The crashed session's workspace, handed out once. */
  takeRecovery(): string | null {
    const r = this.recovery;
    this.recovery = null;
    return r;
  }

  submit(workspaceJson: string): void {
    this.pending = workspaceJson;
  }

  /** Writes the latest workspace if it changed since the last write. Flushes never overlap. */
  flush(): Promise<void> {
    this.chain = this.chain.then(async () => {
      const json = this.pending;
      if (json === null || json === this.written) return;
      await atomicWrite(this.fs, this.autosavePath, new TextEncoder().encode(json));
      this.written = json;
    });
    // A failed autosave must not stop later ones; the caller sees this one's error.
    const result = this.chain;
    this.chain = this.chain.catch(() => undefined);
    return result;
  }

  /** Flushes every AUTOSAVE_INTERVAL_MS; returns a function that stops it. */
  schedule(timers: Timers = globalThis, onError: (e: unknown) => void = () => undefined): () => void {
    const id = timers.setInterval(() => {
      this.flush().catch(onError);
    }, AUTOSAVE_INTERVAL_MS);
    return () => timers.clearInterval(id);
  }

  /** The user closed the app on purpose: nothing to recover next time. */
  async cleanExit(): Promise<void> {
    await this.chain;
    for (const file of [this.autosavePath, this.markerPath]) {
      try {
        await this.fs.unlink(file);
      } catch {
        // Already gone.
      }
    }
  }
}
