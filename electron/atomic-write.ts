// Atomic save: the new bytes go to a temporary file beside the target (same folder, so the same
// disk and the rename cannot cross devices), are flushed with fsync, and only then replace the
// target by rename. Whatever fails or is killed halfway, the target holds either the old bytes or
// the new ones, never a mixture.
import * as path from 'node:path';
import { errorCode, type FileSystem } from './fs-port';

/** Large writes go in chunks so a progress hook can report, and memory stays flat. */
const CHUNK = 1 << 20;

export function tempPathFor(target: string, random: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${random}.koppelkans-tmp`);
}

export interface AtomicWriteOptions {
  /** Called after each chunk is written (the kill-halfway test uses it). */
  onProgress?: (written: number, total: number) => void | Promise<void>;
  random?: () => string;
}

export async function atomicWrite(
  fs: FileSystem,
  target: string,
  bytes: Uint8Array,
  opts: AtomicWriteOptions = {},
): Promise<void> {
  const random = opts.random ?? (() => Math.random().toString(36).slice(2, 10));
  const temp = tempPathFor(target, random());
  const handle = await fs.open(temp, 'wx');
  let failure: unknown;
  try {
    for (let at = 0; at < bytes.byteLength; at += CHUNK) {
      await handle.write(bytes.subarray(at, Math.min(at + CHUNK, bytes.byteLength)));
      await opts.onProgress?.(Math.min(at + CHUNK, bytes.byteLength), bytes.byteLength);
    }
    await handle.sync();
  } catch (e) {
    failure = e;
  }
  try {
    await handle.close();
  } catch (e) {
    // The first error says what went wrong (a full disk); a failing close after it adds nothing.
    failure ??= e;
  }
  if (failure === undefined) {
    try {
      await fs.rename(temp, target);
    } catch (e) {
      failure = e;
    }
  }
  if (failure !== undefined) {
    await removeQuietly(fs, temp);
    throw failure;
  }
  await fs.syncDir(path.dirname(target));
}

/** Removes temporaries that an earlier, killed save of this target left behind. Runs after a
 *  successful save only, so it never touches a save in progress of another window. */
export async function removeStaleTemps(fs: FileSystem, target: string, keep: string[] = []): Promise<string[]> {
  const prefix = `.${path.basename(target)}.`;
  const removed: string[] = [];
  for (const name of await fs.readdir(path.dirname(target))) {
    if (!name.startsWith(prefix) || !name.endsWith('.koppelkans-tmp') || keep.includes(name)) continue;
    const file = path.join(path.dirname(target), name);
    await removeQuietly(fs, file);
    removed.push(file);
  }
  return removed;
}

async function removeQuietly(fs: FileSystem, file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch (e) {
    // Nothing to remove, or the folder refuses: the original is untouched either way.
    void errorCode(e);
  }
}
