// Inflating one workbook part ourselves, bounded. SheetJS's own inflate never stops on a truncated or
// damaged deflate stream (past the end of the data it reads zeros and decodes empty blocks forever)
// and keeps decoding past the declared size, so an untrusted file could hang the app or burn minutes
// of CPU. Here a part is inflated a slice of compressed bytes at a time and abandoned as soon as it
// yields more than its declared size, turns out damaged, or ends short. SheetJS then gets the part
// stored (see ./zip) and inflates nothing.
import { Inflate } from 'fflate';

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'damaged' | 'size' };

/** Compressed bytes per step. One step yields at most about 1,032 times its input (deflate's limit),
 *  so a slice of a thousandth of the declared size (at least 4 KB) keeps what a lying part can make
 *  us decode and hold to about its declared size (or 4 MB), while an honest part, which compresses
 *  far less than 1,000 : 1, is done in a few hundred steps. */
const sliceFor = (declared: number): number => Math.max(4096, Math.ceil(declared / 1024));

export function inflatePart(compressed: Uint8Array, declared: number): Inflated {
  const out = new Uint8Array(declared);
  let at = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over || at + chunk.length > declared) {
      over = true;
      return;
    }
    out.set(chunk, at);
    at += chunk.length;
  });
  try {
    if (compressed.length === 0) return { ok: false, reason: 'damaged' };
    const slice = sliceFor(declared);
    for (let i = 0; i < compressed.length && !over; i += slice) {
      const end = Math.min(i + slice, compressed.length);
      inflater.push(compressed.subarray(i, end), end === compressed.length);
    }
  } catch {
    // fflate throws on an invalid block, bad Huffman tables or a stream that ends early.
    return { ok: false, reason: 'damaged' };
  }
  return over || at !== declared ? { ok: false, reason: 'size' } : { ok: true, bytes: out };
}
