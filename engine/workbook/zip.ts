// Safety checks on the raw bytes of a workbook BEFORE SheetJS sees them. SheetJS inflates every part
// into memory, so a small file that declares gigabytes of content (a zip bomb) or a damaged file
// must be refused here with a clear problem. Pure TypeScript on the zip central directory: no
// inflating, no Node.
import { problem, type Problem } from '../problems';

export const MAX_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;

export interface ZipLimits {
  maxFileBytes: number;
  maxUncompressedBytes: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) + u16(b, o + 2) * 0x10000);
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 0x100000000;

const mb = (n: number): number => Math.round((n / MB) * 10) / 10;

/** Returns the problems that forbid parsing these bytes; an empty list means: safe to hand on. */
export function checkZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): Problem[] {
  const maxFile = limits.maxFileBytes ?? MAX_FILE_BYTES;
  const maxUncompressed = limits.maxUncompressedBytes ?? MAX_UNCOMPRESSED_BYTES;
  if (bytes.length > maxFile) {
    return [problem('file.tooLarge', { sizeMb: mb(bytes.length), limitMb: mb(maxFile) })];
  }
  const startsAsZip = bytes.length >= 4 && u32(bytes, 0) === LOCAL;
  if (!startsAsZip) {
    // An empty zip starts with its end record; a workbook never is one.
    return [problem('file.notZip')];
  }
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [problem('file.truncated')];

  let entries = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== EOCD64_LOCATOR) return [problem('file.truncated')];
    const rec = u64(bytes, loc + 8);
    if (rec + 56 > bytes.length || u32(bytes, rec) !== EOCD64) return [problem('file.truncated')];
    entries = u64(bytes, rec + 32);
    cdSize = u64(bytes, rec + 40);
    cdOffset = u64(bytes, rec + 48);
  }
  if (cdOffset + cdSize > bytes.length || cdOffset + cdSize > eocd + 1) return [problem('file.truncated')];

  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) return [problem('file.truncated')];
    const compressed0 = u32(bytes, p + 20);
    let uncompressed = u32(bytes, p + 24);
    let compressed = compressed0;
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    // ZIP64: the real sizes are in the extra field, in this order, only for fields set to 0xffffffff.
    if (uncompressed === 0xffffffff || compressed0 === 0xffffffff || localOffset === 0xffffffff) {
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = u16(bytes, e);
        const size = u16(bytes, e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressed === 0xffffffff) { uncompressed = u64(bytes, q); q += 8; }
          if (compressed0 === 0xffffffff) { compressed = u64(bytes, q); q += 8; }
          if (localOffset === 0xffffffff) { localOffset = u64(bytes, q); }
          break;
        }
        e += 4 + size;
      }
    }
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL) return [problem('file.truncated')];
    if (localOffset + 30 + compressed > cdOffset) return [problem('file.truncated')];
    total += uncompressed;
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (total > maxUncompressed) {
    return [problem('file.zipBomb', { sizeMb: mb(total), limitMb: mb(maxUncompressed) })];
  }
  return [];
}
