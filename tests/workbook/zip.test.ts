// The zip guard against what SheetJS really does (issue 2): SheetJS inflates with the LOCAL header's
// uncompressed size (with 0 there its buffer grows without bound) and loops forever on a truncated
// deflate stream. The codec inflates each part itself, bounded by the central directory's checked
// size, and hands SheetJS a rebuilt container of stored parts; these tests use real zips with data
// descriptors, forged local headers, damaged streams and a ~200 MB deflate bomb.
import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../engine/i18n/problems';
import { readWorkbook } from '../../engine/workbook/read';
import { prepareZip } from '../../engine/workbook/zip';
import { englishBook, expectProblem, readOk, readProblems, unzipParts, zipProblems } from './helpers';
import { deflated, zerosStream, zipOf, type ZipEntry } from './zips';

const parts = unzipParts(englishBook());
const expected = readOk(englishBook()).scenario;
const honest = (): ZipEntry[] => parts.map((p) => deflated(p.name, p.data));
/** What a streaming writer produces: local sizes and CRC 0, the real ones in a data descriptor. */
const streamed = (e: ZipEntry, signature: boolean): ZipEntry => ({
  ...e,
  local: { compressed: 0, uncompressed: 0, crc: 0 },
  descriptor: { signature, compressed: e.compressed, uncompressed: e.uncompressed },
});
const SETTINGS_SHEET = 'xl/worksheets/sheet1.xml';

describe('zip container: what SheetJS is given', () => {
  it('a deflated workbook with honest sizes reads as the SheetJS-written one', () => {
    expect(readOk(zipOf(honest())).scenario).toEqual(expected);
  });

  it('data descriptors (local sizes 0, central sizes right) open correctly, with and without signature', () => {
    for (const signature of [true, false]) {
      const bytes = zipOf(honest().map((e) => streamed(e, signature)));
      expect(readOk(bytes).scenario).toEqual(expected);
    }
  });

  it('the rebuilt container stores every part inflated to its central size, with no descriptors', () => {
    const prepared = prepareZip(zipOf(honest().map((e) => streamed(e, true))));
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
    const b = prepared.bytes;
    const u16 = (o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
    const u32 = (o: number) => u16(o) + u16(o + 2) * 0x10000;
    let o = 0;
    for (const e of honest()) {
      expect(u32(o)).toBe(0x04034b50);
      expect(u16(o + 6) & 8).toBe(0);
      expect(u16(o + 8)).toBe(0);
      expect([u32(o + 18), u32(o + 22)]).toEqual([e.uncompressed, e.uncompressed]);
      expect(u16(o + 28)).toBe(0);
      o += 30 + u16(o + 26) + u32(o + 18);
    }
    expect(u32(o)).toBe(0x02014b50);
  });

  it('a descriptor whose sizes disagree with the central directory is not read: the checked sizes rule', () => {
    // SheetJS would throw "Bad uncompressed size" (no signature) or only warn on the console; in the
    // rebuilt container there is no descriptor, so the central sizes are the only ones.
    for (const signature of [true, false]) {
      const bytes = zipOf(honest().map((e) => ({
        ...streamed(e, signature),
        descriptor: { signature, compressed: 1, uncompressed: 0x7fffffff },
      })));
      expect(readOk(bytes).scenario).toEqual(expected);
    }
  });

  it('a forged bomb: central directory small, local header 0, ~200 MB of zeros in a ~200 KB file', () => {
    const { stream, size, crc } = zerosStream(200);
    expect(stream.length).toBeLessThan(300_000);
    expect(size).toBe(200 * 1024 * 1024);
    const bomb = (name: string): ZipEntry => ({
      name, method: 8, payload: stream, crc, compressed: stream.length, uncompressed: size,
      local: { compressed: 0, uncompressed: 0 },
      central: { compressed: stream.length, uncompressed: 4000 },
      descriptor: { signature: true, compressed: stream.length, uncompressed: 4000 },
    });
    const measure = (bytes: Uint8Array) => {
      const before = process.memoryUsage().arrayBuffers;
      const rssBefore = process.resourceUsage().maxRSS;
      const r = readWorkbook(bytes);
      return {
        r,
        arrayBuffersMb: (process.memoryUsage().arrayBuffers - before) / 2 ** 20,
        peakRssGrowthMb: (process.resourceUsage().maxRSS - rssBefore) / 1024,
      };
    };

    // The bomb as the Settings sheet or as an extra part nobody reads: inflating stops as soon as the
    // part yields more than its declared 4000 bytes; the workbook is refused as damaged, naming the
    // part, and memory stays bounded.
    for (const name of [SETTINGS_SHEET, 'xl/media/image1.bin']) {
      const bytes = name === SETTINGS_SHEET
        ? zipOf(honest().map((e) => (e.name === SETTINGS_SHEET ? bomb(e.name) : e)))
        : zipOf([...honest(), bomb(name)]);
      expect(bytes.length).toBeLessThan(300_000);
      const m = measure(bytes);
      expect(m.r.ok).toBe(false);
      expect(m.r.ok ? [] : m.r.problems.map((p) => [p.code, p.params])).toEqual([['file.inconsistentSizes', { part: name }]]);
      expect(m.arrayBuffersMb).toBeLessThan(32);
      expect(m.peakRssGrowthMb).toBeLessThan(64);
    }

    // Declared honestly in the central directory, the same bomb is refused before any inflating.
    const declared = zipOf(honest().map((e) => (e.name === SETTINGS_SHEET
      ? { ...bomb(e.name), central: { compressed: stream.length, uncompressed: 0x7fffffff } } : e)));
    expect(readProblems(declared).map((p) => p.code)).toEqual(['file.zipBomb']);
  });

  it('a deflated part whose central size is 0 while it holds data is refused as damaged, naming the part', () => {
    const zeroed = zipOf(honest().map((e) => (e.name === SETTINGS_SHEET
      ? { ...e, local: { compressed: e.compressed, uncompressed: 0 }, central: { compressed: e.compressed, uncompressed: 0 } } : e)));
    const ps = readProblems(zeroed);
    expect(ps.map((p) => p.code)).toEqual(['file.inconsistentSizes']);
    expect(ps[0]?.params).toEqual({ part: SETTINGS_SHEET });
    expect(renderProblem('en', ps[0]!)).toBe(`The workbook is damaged: the part "${SETTINGS_SHEET}" does not match the sizes its zip file declares.`);
    expect(renderProblem('nl', ps[0]!)).toBe(`De werkmap is beschadigd: het onderdeel "${SETTINGS_SHEET}" klopt niet met de groottes die het zip-bestand opgeeft.`);
    // Only central 0 (local honest) is refused the same way: the central size is the checked one.
    const centralOnly = zipOf(honest().map((e) => (e.name === SETTINGS_SHEET
      ? { ...e, central: { compressed: e.compressed, uncompressed: 0 } } : e)));
    expect(readProblems(centralOnly).map((p) => p.code)).toEqual(['file.inconsistentSizes']);
  });

  it('a truncated or corrupt deflate stream is refused as a damaged part, at once (SheetJS alone would loop forever)', () => {
    for (const cut of [(e: ZipEntry) => e.payload.subarray(0, 10), () => new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])]) {
      const bytes = zipOf(honest().map((e) => {
        if (e.name !== SETTINGS_SHEET) return e;
        const payload = cut(e);
        return { ...e, payload, compressed: payload.length };
      }));
      const ps = readProblems(bytes);
      expect(ps.map((p) => p.code)).toEqual(['file.damagedPart']);
      expect(ps[0]?.params).toEqual({ part: SETTINGS_SHEET });
      expect(renderProblem('en', ps[0]!)).toBe(`The workbook is damaged: the part "${SETTINGS_SHEET}" cannot be unpacked (its compressed data is cut short or corrupt).`);
      expect(renderProblem('nl', ps[0]!)).toBe(`De werkmap is beschadigd: het onderdeel "${SETTINGS_SHEET}" kan niet worden uitgepakt (de gecomprimeerde gegevens zijn afgebroken of verminkt).`);
    }
  });

  it('a deflated part that unpacks to less than its declared size is refused, naming the part', () => {
    const short = zipOf(honest().map((e) => (e.name === SETTINGS_SHEET
      ? { ...e, local: { compressed: e.compressed, uncompressed: e.uncompressed + 100 }, central: { compressed: e.compressed, uncompressed: e.uncompressed + 100 } } : e)));
    const ps = readProblems(short);
    expect(ps.map((p) => p.code)).toEqual(['file.inconsistentSizes']);
    expect(ps[0]?.params).toEqual({ part: SETTINGS_SHEET });
  });

  it('an empty deflated part (the 2-byte empty stream, size 0) is fine', () => {
    const empty: ZipEntry = { ...deflated('docProps/empty.xml', new Uint8Array(0)) };
    expect([...empty.payload]).toEqual([0x03, 0x00]);
    expect(readOk(zipOf([...honest(), empty])).scenario).toEqual(expected);
  });

  it('a stored part whose sizes disagree, an unknown method, encryption, a method changed locally, too many parts', () => {
    const withSettings = (f: (e: ZipEntry) => ZipEntry) => zipOf(honest().map((e) => (e.name === SETTINGS_SHEET ? f(e) : e)));
    const text = new TextEncoder().encode('<worksheet/>');
    const stored: ZipEntry = { name: 'xl/stored.xml', method: 0, payload: text, crc: 0, compressed: text.length, uncompressed: text.length + 5 };
    expect(readProblems(zipOf([...honest(), stored])).map((p) => p.code)).toEqual(['file.inconsistentSizes']);
    expect(readOk(zipOf([...honest(), { ...stored, uncompressed: text.length }])).scenario).toEqual(expected);

    const bzip2 = readProblems(withSettings((e) => ({ ...e, method: 12 })));
    expect(bzip2.map((p) => p.code)).toEqual(['file.unsupportedCompression']);
    expect(renderProblem('en', bzip2[0]!)).toMatch(/"xl\/worksheets\/sheet1\.xml" uses zip compression method 12/);
    expect(readProblems(withSettings((e) => ({ ...e, flags: 1 }))).map((p) => p.code)).toEqual(['file.encrypted']);

    // Central says stored, the local header says deflate: a forged or damaged entry.
    const mixed = zipOf(honest()).slice();
    const local = indexOfName(mixed, SETTINGS_SHEET, 0x04034b50);
    mixed[local + 8] = 0;
    expect(readProblems(mixed).map((p) => p.code)).toEqual(['file.inconsistentSizes']);

    const many = zipProblems(zipOf(honest()), { maxEntries: 3 });
    expect(many.map((p) => p.code)).toEqual(['file.tooManyParts']);
    expect(renderProblem('nl', many[0]!)).toBe(`Het zip-bestand bevat ${parts.length} onderdelen; een werkmap met meer dan 3 wordt geweigerd.`);
  });

  it('an end record whose "entries on this disk" differs from the total is read by the total we check', () => {
    // SheetJS reads the "entries on this disk" field; the rebuilt end record states one count.
    const bytes = zipOf(honest()).slice();
    const eocd = bytes.length - 22;
    bytes[eocd + 8] = 0xff;
    bytes[eocd + 9] = 0x00;
    expect(readOk(bytes).scenario).toEqual(expected);
  });
});

/** Offset of the header (local or central, by signature) whose name is `name`. */
function indexOfName(b: Uint8Array, name: string, signature: number): number {
  const sig = [signature & 0xff, (signature >>> 8) & 0xff, (signature >>> 16) & 0xff, signature >>> 24];
  const nameOffset = signature === 0x04034b50 ? 30 : 46;
  const want = new TextEncoder().encode(name);
  for (let i = 0; i < b.length - 4; i++) {
    if (b[i] !== sig[0] || b[i + 1] !== sig[1] || b[i + 2] !== sig[2] || b[i + 3] !== sig[3]) continue;
    if (want.every((x, k) => b[i + nameOffset + k] === x)) return i;
  }
  throw new Error(`no header for ${name}`);
}
