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

async function removeQuietly(fs: FileSystem, file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch (e) {
    // Nothing to remove, or the folder refuses: the original is untouched either way.
    void errorCode(e);
  }
}
