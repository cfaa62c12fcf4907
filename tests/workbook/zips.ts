// A small zip writer for tests that need what SheetJS never writes: deflated parts with data
// descriptors, local headers whose sizes differ from the central directory's, other methods and
// flags. Node's zlib only builds the deflate streams here; the engine never inflates itself.
import { constants, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  /** The bytes as stored after the local header (compressed for method 8). */
  payload: Uint8Array;
  crc: number;
  /** The true sizes. */
  compressed: number;
  uncompressed: number;
  flags?: number;
  /** What the local header declares instead of the true sizes (0/0 with a data descriptor). */
  local?: { compressed: number; uncompressed: number; crc?: number };
  /** What the central directory declares instead of the true sizes. */
  central?: { compressed: number; uncompressed: number };
  /** A data descriptor after the data (sets flag 8), with or without its optional signature. */
  descriptor?: { signature: boolean; compressed: number; uncompressed: number };
}

const crcTable = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(b: Uint8Array, start = 0xffffffff): number {
  let c = start;
  for (const x of b) c = (crcTable[(c ^ x) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A deflated entry with honest sizes everywhere. */
export function deflated(name: string, data: Uint8Array): ZipEntry {
  const payload = new Uint8Array(deflateRawSync(data));
  return { name, method: 8, payload, crc: crc32(data), compressed: payload.length, uncompressed: data.length };
}

export function zipOf(entries: ZipEntry[]): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  const w16 = (a: number[], v: number) => a.push(v & 0xff, (v >>> 8) & 0xff);
  const w32 = (a: number[], v: number) => a.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  const push = (a: number[], b: Uint8Array) => { for (const x of b) a.push(x); };
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const offset = out.length;
    const flags = (e.flags ?? 0) | (e.descriptor ? 8 : 0);
    const local = e.local ?? { compressed: e.compressed, uncompressed: e.uncompressed };
    w32(out, 0x04034b50); w16(out, 20); w16(out, flags); w16(out, e.method); w16(out, 0); w16(out, 0x5a21);
    w32(out, local.crc ?? e.crc); w32(out, local.compressed); w32(out, local.uncompressed);
    w16(out, name.length); w16(out, 0);
    push(out, name);
    push(out, e.payload);
    if (e.descriptor) {
      if (e.descriptor.signature) w32(out, 0x08074b50);
      w32(out, e.crc); w32(out, e.descriptor.compressed); w32(out, e.descriptor.uncompressed);
    }
    const c = e.central ?? { compressed: e.compressed, uncompressed: e.uncompressed };
    w32(central, 0x02014b50); w16(central, 20); w16(central, 20); w16(central, flags); w16(central, e.method);
    w16(central, 0); w16(central, 0x5a21); w32(central, e.crc); w32(central, c.compressed); w32(central, c.uncompressed);
    w16(central, name.length); w16(central, 0); w16(central, 0); w16(central, 0); w16(central, 0); w32(central, 0);
    w32(central, offset);
    push(central, name);
  }
  const cdOffset = out.length;
  for (const x of central) out.push(x);
  w32(out, 0x06054b50); w16(out, 0); w16(out, 0); w16(out, entries.length); w16(out, entries.length);
  w32(out, central.length); w32(out, cdOffset); w16(out, 0);
  return new Uint8Array(out);
}

/** A raw deflate stream of `mb` MiB of zeros, built from one flushed 1 MiB chunk repeated, so the
 *  test never holds the inflated bytes itself. Returns the stream and the CRC of its output. */
export function zerosStream(mb: number): { stream: Uint8Array; size: number; crc: number } {
  const chunk = new Uint8Array(1 << 20);
  const block = new Uint8Array(deflateRawSync(chunk, { finishFlush: constants.Z_SYNC_FLUSH }));
  const end = [0x03, 0x00];
  const stream = new Uint8Array(block.length * mb + end.length);
  for (let i = 0; i < mb; i++) stream.set(block, i * block.length);
  stream.set(end, block.length * mb);
  let c = 0xffffffff;
  for (let i = 0; i < mb; i++) c = (crc32(chunk, c) ^ 0xffffffff) >>> 0;
  return { stream, size: chunk.length * mb, crc: (c ^ 0xffffffff) >>> 0 };
}
