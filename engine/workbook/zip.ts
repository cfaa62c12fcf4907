// Safety checks on the raw bytes of a workbook BEFORE SheetJS sees them, and the bytes SheetJS may
// then see. Pure TypeScript on the zip structure: no inflating, no Node.
//
// Why a rebuilt copy and not just a check: SheetJS (CFB parse_zip / parse_local_file) does not
// inflate with the central directory's sizes we check. It takes the LOCAL header's sizes (or a
// ZIP64 extra field, read in its own way), and when that local uncompressed size is 0 (data
// descriptor, flag 8, or a forged header) its inflate buffer grows without bound. It also finds the
// end record and the entry count its own way (scanning from the last byte, the "entries on this
// disk" field). Rather than mirror each of those readings, `prepareZip` hands SheetJS a new
// container: per entry a fresh local header (no extra field, no data descriptor), the entry's
// content STORED, and a fresh central directory and end record. Whatever SheetJS then reads is what
// was checked. Deflated parts are inflated here, bounded by their declared size (./inflate):
// SheetJS's inflate loops forever on a truncated stream and decodes on past the declared size.
import { problem, type Problem } from '../problems';
import { inflatePart } from './inflate';

export const MAX_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;
/** An .xlsx has tens of parts; SheetJS copies the rest of the file for every deflated part, so a
 *  file of many thousands of parts costs time out of proportion to its size. */
export const MAX_ENTRIES = 10_000;
/** One part: the city workbook's 50,000-work sheet is 29 MB, so this holds the 100,000 rows a
 *  sheet may have (./read MAX_SHEET_ROWS) of that kind, while a sheet padded with tens or hundreds
 *  of MB of whitespace (which compresses a thousandfold, far inside the file limit) is refused from
 *  its declared size, before inflating: inflating, decoding and scanning 100 MB of padding alone
 *  took longer than the second a read may take. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

export interface ZipLimits {
  maxFileBytes: number;
  maxUncompressedBytes: number;
  maxEntries: number;
  maxPartBytes: number;
}

export type ZipCheck = { ok: true; bytes: Uint8Array } | { ok: false; problems: Problem[] };

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;
const STORED = 0;
const DEFLATED = 8;
/** Traditional, strong and central-directory encryption: SheetJS refuses these. */
const ENCRYPTED_FLAGS = 0x0001 | 0x0040 | 0x2000;
const DATA_DESCRIPTOR_FLAG = 0x0008;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) + u16(b, o + 2) * 0x10000);
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 0x100000000;

const mb = (n: number): number => Math.round((n / MB) * 10) / 10;
const partName = (b: Uint8Array): string => new TextDecoder('utf-8').decode(b.subarray(0, 200));

interface Entry {
  /** Local header fields, as the rebuilt local header carries them. */
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  /** Sizes from the central directory (ZIP64 resolved): the ones checked. */
  compressed: number;
  uncompressed: number;
  /** The local header's name bytes: SheetJS names a part by its local header. */
  name: Uint8Array;
  dataStart: number;
}

/** Checks the zip and gives the bytes SheetJS may parse: a rebuilt container whose every size was
 *  checked (see the top of this file), or the problems that forbid parsing. */
export function prepareZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipCheck {
  const read = checkedContents(bytes, limits);
  if ('problems' in read) return { ok: false, problems: read.problems };
  const out = rebuild(read.entries, read.contents);
  // SheetJS finds the end record by scanning back from the last 4 bytes: a size or offset field
  // that happens to spell the signature would mislead it (only possible near 100 MB).
  for (let i = out.length - 4; i > out.length - 22; i--) {
    if (u32(out, i) === EOCD) return { ok: false, problems: [problem('file.truncated')] };
  }
  return { ok: true, bytes: out };
}

export type PartsCheck = { ok: true; parts: Map<string, Uint8Array> } | { ok: false; problems: Problem[] };

/** The same checks, and the parts' contents by path, named as SheetJS would name them in the
 *  rebuilt container (so ./sheets finds the same parts either way). For the scenario reader:
 *  building the container and having SheetJS take it apart again copied every part twice (about
 *  60 MB for the city workbook), for nothing that reader uses. */
export function unzipParts(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): PartsCheck {
  const read = checkedContents(bytes, limits);
  if ('problems' in read) return { ok: false, problems: read.problems };
  const parts = new Map<string, Uint8Array>();
  read.entries.forEach((e, i) => parts.set(sheetJsPath(e.name), read.contents[i] as Uint8Array));
  return { ok: true, parts };
}

/** SheetJS reads a local header's name byte by byte (one character per byte), puts it under its
 *  root "Root Entry/" with the first "//" made one "/" (a name already under the root stays as it
 *  is), and ./sheets then takes the root off again. */
function sheetJsPath(name: Uint8Array): string {
  let s = '';
  for (let i = 0; i < name.length; i++) s += String.fromCharCode(name[i] as number);
  const root = 'Root Entry/';
  const full = s.startsWith(root) ? s : `${root}${s}`.replace('//', '/');
  return full.replace(/^Root Entry\//, '');
}

/** The checked entries and their contents: stored ones as they are, deflated ones inflated within
 *  their declared sizes. */
function checkedContents(
  bytes: Uint8Array, limits: Partial<ZipLimits>,
): { entries: Entry[]; contents: Uint8Array[] } | { problems: Problem[] } {
  const read = readEntries(bytes, limits);
  if ('problems' in read) return read;
  const contents: Uint8Array[] = [];
  for (const e of read.entries) {
    const raw = bytes.subarray(e.dataStart, e.dataStart + e.compressed);
    if (e.method === STORED) {
      contents.push(raw);
      continue;
    }
    const r = inflatePart(raw, e.uncompressed);
    const part = partName(e.name);
    if (!r.ok) return { problems: [problem(r.reason === 'damaged' ? 'file.damagedPart' : 'file.inconsistentSizes', { part })] };
    contents.push(r.bytes);
  }
  return { entries: read.entries, contents };
}

function readEntries(bytes: Uint8Array, limits: Partial<ZipLimits>): { entries: Entry[] } | { problems: Problem[] } {
  const fail = (p: Problem) => ({ problems: [p] });
  const maxFile = limits.maxFileBytes ?? MAX_FILE_BYTES;
  const maxUncompressed = limits.maxUncompressedBytes ?? MAX_UNCOMPRESSED_BYTES;
  const maxEntries = limits.maxEntries ?? MAX_ENTRIES;
  const maxPart = limits.maxPartBytes ?? MAX_PART_BYTES;
  if (bytes.length > maxFile) {
    return fail(problem('file.tooLarge', { sizeMb: mb(bytes.length), limitMb: mb(maxFile) }));
  }
  const startsAsZip = bytes.length >= 4 && u32(bytes, 0) === LOCAL;
  // An empty zip starts with its end record; a workbook never is one.
  if (!startsAsZip) return fail(problem('file.notZip'));
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return fail(problem('file.truncated'));

  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== EOCD64_LOCATOR) return fail(problem('file.truncated'));
    const rec = u64(bytes, loc + 8);
    if (rec + 56 > bytes.length || u32(bytes, rec) !== EOCD64) return fail(problem('file.truncated'));
    count = u64(bytes, rec + 32);
    cdSize = u64(bytes, rec + 40);
    cdOffset = u64(bytes, rec + 48);
  }
  if (cdOffset + cdSize > bytes.length || cdOffset + cdSize > eocd + 1) return fail(problem('file.truncated'));
  // Each central entry takes at least 46 bytes: a count beyond that is damage, not a real count.
  if (count * 46 > cdSize) return fail(problem('file.truncated'));
  if (count > maxEntries) return fail(problem('file.tooManyParts', { count, limit: maxEntries }));

  const entries: Entry[] = [];
  let entryProblem: Problem | undefined;
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) return fail(problem('file.truncated'));
    const centralMethod = u16(bytes, p + 10);
    const compressed0 = u32(bytes, p + 20);
    const uncompressed0 = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const localOffset0 = u32(bytes, p + 42);
    let [uncompressed, compressed, localOffset] = [uncompressed0, compressed0, localOffset0];
    // ZIP64: the real sizes are in the extra field, in this order, only for fields set to 0xffffffff.
    if (uncompressed0 === 0xffffffff || compressed0 === 0xffffffff || localOffset0 === 0xffffffff) {
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = u16(bytes, e);
        const size = u16(bytes, e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressed0 === 0xffffffff) { uncompressed = u64(bytes, q); q += 8; }
          if (compressed0 === 0xffffffff) { compressed = u64(bytes, q); q += 8; }
          if (localOffset0 === 0xffffffff) localOffset = u64(bytes, q);
          break;
        }
        e += 4 + size;
      }
    }
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL) return fail(problem('file.truncated'));
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataStart + compressed > cdOffset) return fail(problem('file.truncated'));
    const name = bytes.subarray(localOffset + 30, localOffset + 30 + u16(bytes, localOffset + 26));
    const part = partName(name);
    const flags = u16(bytes, localOffset + 6);
    const method = u16(bytes, localOffset + 8);
    // The declared total is judged first (below): a bomb is named a bomb, whatever else is wrong.
    entryProblem ??= entryFault(bytes, { part, flags: flags | u16(bytes, p + 8), method, centralMethod, compressed, uncompressed, dataStart });
    if (uncompressed > maxPart) entryProblem ??= problem('file.partTooLarge', { part, sizeMb: mb(uncompressed), limitMb: mb(maxPart) });
    entries.push({
      flags: flags & ~DATA_DESCRIPTOR_FLAG,
      method,
      time: u16(bytes, localOffset + 10),
      date: u16(bytes, localOffset + 12),
      crc: u32(bytes, p + 16),
      compressed,
      uncompressed,
      name,
      dataStart,
    });
    total += uncompressed;
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (total > maxUncompressed) {
    return fail(problem('file.zipBomb', { sizeMb: mb(total), limitMb: mb(maxUncompressed) }));
  }
  return entryProblem ? fail(entryProblem) : { entries };
}

/** What SheetJS must not be given for one entry: encryption, an unknown method, or sizes that
 *  would let its inflate buffer grow without bound. */
function entryFault(bytes: Uint8Array, e: {
  part: string; flags: number; method: number; centralMethod: number; compressed: number; uncompressed: number; dataStart: number;
}): Problem | undefined {
  const { part, method } = e;
  if (e.flags & ENCRYPTED_FLAGS) return problem('file.encrypted', { part });
  if (method !== e.centralMethod) return problem('file.inconsistentSizes', { part });
  if (method !== STORED && method !== DEFLATED) return problem('file.unsupportedCompression', { part, method });
  // Stored bytes are taken as they are: their size is their compressed size.
  if (method === STORED && e.uncompressed !== e.compressed) return problem('file.inconsistentSizes', { part });
  // SheetJS treats an uncompressed size of 0 as "unknown" and grows its buffer without bound;
  // only the 2-byte empty deflate stream (which it short-cuts) may declare 0.
  if (method === DEFLATED && e.uncompressed === 0 && !isEmptyDeflate(bytes, e.dataStart, e.compressed)) {
    return problem('file.inconsistentSizes', { part });
  }
  return undefined;
}

/** The empty deflate stream (one final fixed-Huffman block holding only end-of-block: 03 00),
 *  exactly the case SheetJS's inflate short-cuts without a buffer. */
function isEmptyDeflate(bytes: Uint8Array, at: number, compressed: number): boolean {
  return compressed === 2 && bytes[at] === 0x03 && ((bytes[at + 1] ?? 1) & 0x03) === 0;
}

/** A plain zip (no ZIP64: the limits keep every size and offset far below 4 GB) of the entries'
 *  contents, stored: local headers without extra fields or data descriptors. */
function rebuild(entries: Entry[], contents: Uint8Array[]): Uint8Array {
  let size = 22;
  entries.forEach((e, i) => { size += 30 + e.name.length + (contents[i] as Uint8Array).length + 46 + e.name.length; });
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let o = 0;
  // Bits 1–2 of the flags describe the deflate level; a stored part has none.
  const flags = (e: Entry) => e.flags & ~0x0006;
  entries.forEach((e, i) => {
    const content = contents[i] as Uint8Array;
    offsets.push(o);
    view.setUint32(o, LOCAL, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, flags(e), true);
    view.setUint16(o + 8, STORED, true);
    view.setUint16(o + 10, e.time, true);
    view.setUint16(o + 12, e.date, true);
    view.setUint32(o + 14, e.crc, true);
    view.setUint32(o + 18, content.length, true);
    view.setUint32(o + 22, content.length, true);
    view.setUint16(o + 26, e.name.length, true);
    view.setUint16(o + 28, 0, true);
    out.set(e.name, o + 30);
    o += 30 + e.name.length;
    out.set(content, o);
    o += content.length;
  });
  const cdOffset = o;
  entries.forEach((e, i) => {
    view.setUint32(o, CENTRAL, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, 20, true);
    const n = (contents[i] as Uint8Array).length;
    view.setUint16(o + 8, flags(e), true);
    view.setUint16(o + 10, STORED, true);
    view.setUint16(o + 12, e.time, true);
    view.setUint16(o + 14, e.date, true);
    view.setUint32(o + 16, e.crc, true);
    view.setUint32(o + 20, n, true);
    view.setUint32(o + 24, n, true);
    view.setUint16(o + 28, e.name.length, true);
    // extra, comment, disk, internal and external attributes: 0
    view.setUint32(o + 42, offsets[i] ?? 0, true);
    out.set(e.name, o + 46);
    o += 46 + e.name.length;
  });
  view.setUint32(o, EOCD, true);
  view.setUint16(o + 8, entries.length, true);
  view.setUint16(o + 10, entries.length, true);
  view.setUint32(o + 12, o - cdOffset, true);
  view.setUint32(o + 16, cdOffset, true);
  return out;
}
