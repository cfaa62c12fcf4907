// A seeded mutation fuzzer for the workbook reader and compute. Every file starts from the example
// workbook the engine's writer made (scenarios/vier-testwijken.xlsx) and takes one damage of four
// families: raw byte damage, broken zip structure, hostile XML in one part, extreme cell values.
// File i of seed s is always the same file, so a failure is reproduced by its number alone.
//
// What counts as a failure: an exception other than the typed InputError escaping readWorkbook or
// compute; a problem shown as an internal error; a problem whose text does not render in Dutch and
// English (a raw key or a {placeholder} left); a NaN or Infinity in any figure of a result.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import { compute } from '../../engine/compute';
import { messageKeys, t, type Lang } from '../../engine/i18n';
import { renderProblem } from '../../engine/i18n/problems';
import { assertFinite } from '../../engine/model/finite';
import { InputError, type Problem } from '../../engine/problems';
import { readWorkbook } from '../../engine/workbook/read';
import { mulberry32 } from '../../engine/uncertainty/rng';

export const examplePath = fileURLToPath(new URL('../../scenarios/vier-testwijken.xlsx', import.meta.url));

export interface FuzzOptions {
  /** Upper bound on the size of repeated hostile content (tags, rows, padding): the test run
   *  keeps it small; the long run goes up to the sizes the issue found. */
  scale: number;
}

export interface Outcome {
  index: number;
  mutation: string;
  verdict: 'accepted' | 'refused' | 'failure';
  failure?: string;
  readMs: number;
  computeMs: number;
}

/** mulberry32, the engine's own seeded generator: the same numbers on every machine. */
export const rng = mulberry32;

type Rand = () => number;
const int = (r: Rand, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)] as T;
const enc = new TextEncoder();
const dec = new TextDecoder();

let base: { bytes: Uint8Array; parts: Record<string, Uint8Array> } | undefined;
function example(): { bytes: Uint8Array; parts: Record<string, Uint8Array> } {
  if (!base) {
    const bytes = new Uint8Array(readFileSync(examplePath));
    base = { bytes, parts: unzipSync(bytes) };
  }
  return base;
}

const sheetParts = (parts: Record<string, Uint8Array>) => Object.keys(parts).filter((k) => k.startsWith('xl/worksheets/'));

function rezip(r: Rand, parts: Record<string, Uint8Array>): Uint8Array {
  return zipSync(parts, { level: r() < 0.3 ? 0 : 6 });
}

function withPart(r: Rand, part: string, edit: (xml: string) => string): Uint8Array {
  const parts = { ...example().parts };
  parts[part] = enc.encode(edit(dec.decode(parts[part])));
  return rezip(r, parts);
}

const insertAt = (s: string, at: number, x: string) => s.slice(0, at) + x + s.slice(at);

/** The Works sheet's first row repeated n times at its end, without r attributes (duplicate ids). */
function repeatFirstWork(x: string, n: number): string {
  const s = x.indexOf('<row r="2"');
  const e = x.indexOf('</row>', s) + 6;
  const row = x.slice(s, e).replace(/ r="[A-Z]+2"/g, '').replace(' r="2"', '');
  const end = x.indexOf('</sheetData>');
  return x.slice(0, end) + row.repeat(n) + x.slice(end);
}

/** The example workbook with its first work repeated n times, as the fuzzer's duplicate-row damage
 *  makes it: for the benchmark of refusing it. */
export function duplicateRowsWorkbook(n: number): Uint8Array {
  const parts = { ...example().parts };
  parts['xl/worksheets/sheet4.xml'] = enc.encode(repeatFirstWork(dec.decode(parts['xl/worksheets/sheet4.xml']), n));
  return zipSync(parts, { level: 6 });
}

// ── raw byte damage ──────────────────────────────────────────────────────────────────────────
function byteDamage(r: Rand): [string, Uint8Array] {
  const b = example().bytes.slice();
  switch (int(r, 4)) {
    case 0: {
      const n = 1 + int(r, 20);
      for (let i = 0; i < n; i++) b[int(r, b.length)] = int(r, 256);
      return ['bytes.flip', b];
    }
    case 1:
      return ['bytes.truncate', b.subarray(0, int(r, b.length))];
    case 2: {
      const at = int(r, b.length);
      const len = 1 + int(r, 2000);
      return ['bytes.cut', new Uint8Array([...b.subarray(0, at), ...b.subarray(Math.min(b.length, at + len))])];
    }
    default: {
      const at = int(r, b.length);
      const junk = Uint8Array.from({ length: 1 + int(r, 500) }, () => int(r, 256));
      return ['bytes.insert', new Uint8Array([...b.subarray(0, at), ...junk, ...b.subarray(at)])];
    }
  }
}

// ── broken zip structure ─────────────────────────────────────────────────────────────────────
function signatures(b: Uint8Array, sig: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= b.length; i++) {
    if ((b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0 === sig) out.push(i);
  }
  return out;
}

function zipDamage(r: Rand): [string, Uint8Array] {
  const kind = int(r, 4);
  if (kind === 0) {
    // A field of a central directory entry, a local header or the end record set to a hostile value.
    const b = example().bytes.slice();
    const [sig, fields] = pick(r, [
      [0x02014b50, [4, 6, 8, 10, 16, 20, 24, 28, 30, 32, 42]],
      [0x04034b50, [4, 6, 8, 14, 18, 22, 26, 28]],
      [0x06054b50, [4, 8, 10, 12, 16, 20]],
    ] as const);
    const at = pick(r, signatures(b, sig)) + pick(r, fields);
    const value = pick(r, [0, 1, 0xffff, 0xffffffff, int(r, 0x100000000), 8, 12, 14, 99]);
    for (let k = 0; k < 4; k++) b[at + k] = (value >>> (8 * k)) & 0xff;
    return [`zip.field.${sig.toString(16)}`, b];
  }
  const parts = { ...example().parts };
  const names = Object.keys(parts);
  if (kind === 1) {
    delete parts[pick(r, names)];
    return ['zip.dropPart', rezip(r, parts)];
  }
  if (kind === 2) {
    const n = pick(r, names);
    parts[n.toUpperCase()] = parts[n] as Uint8Array;
    return ['zip.caseTwin', rezip(r, parts)];
  }
  // Parts swapped: a sheet where the workbook part should be, and so on.
  const [a, b] = [pick(r, names), pick(r, names)];
  [parts[a], parts[b]] = [parts[b] as Uint8Array, parts[a] as Uint8Array];
  return ['zip.swapParts', rezip(r, parts)];
}

// ── hostile XML ──────────────────────────────────────────────────────────────────────────────
function hostileXml(r: Rand, o: FuzzOptions): [string, Uint8Array] {
  const parts = example().parts;
  const n = 1 + int(r, o.scale);
  const kind = int(r, 9);
  switch (kind) {
    case 0: {
      const [part, tag] = pick(r, [
        ['xl/workbook.xml', '<sheet name="x"'],
        ['xl/_rels/workbook.xml.rels', '<Relationship Id="x"'],
        ['xl/sharedStrings.xml', '<si>'],
        ['xl/sharedStrings.xml', '<rPh>'],
        ['xl/sharedStrings.xml', '<si><t>'],
        [pick(r, sheetParts(parts)), '<c r="A1"'],
        [pick(r, sheetParts(parts)), '<row r="2"'],
        [pick(r, sheetParts(parts)), '<dimension ref="A1"'],
      ] as const);
      // Cut off after n unclosed tags, as the 10–12 KB parts are.
      return [`xml.unclosed.${tag}`, withPart(r, part, (x) => {
        const at = x.indexOf('>', x.indexOf('<', 40)) + 1;
        return x.slice(0, at) + tag.repeat(n);
      })];
    }
    case 1: {
      const ref = pick(r, ['&#xFFFFFFFFFF;', '&#99999999999999999999;', '&#x110000;', '&#0;', '&#xD800;', '_xFFFF_']);
      const part = pick(r, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', ...sheetParts(parts)]);
      return [`xml.charRef.${part}`, withPart(r, part, (x) => {
        const quote = x.indexOf('"', int(r, x.length));
        return quote < 0 ? x + ref : insertAt(x, quote, ref);
      })];
    }
    case 2: {
      const part = pick(r, Object.keys(parts).filter((k) => k.endsWith('.xml') || k.endsWith('.rels')));
      return [`xml.truncate.${part}`, withPart(r, part, (x) => x.slice(0, int(r, x.length)))];
    }
    case 3: {
      // Whitespace padding inside a worksheet (compresses about a thousandfold).
      const part = pick(r, sheetParts(parts));
      const size = Math.min(n * 1000, o.scale * 1000);
      return ['xml.whitespace', withPart(r, part, (x) => insertAt(x, x.indexOf('<sheetData'), ' '.repeat(size)))];
    }
    case 4: {
      // A row of the Works sheet repeated n times (duplicate ids).
      return ['xml.duplicateRows', withPart(r, 'xl/worksheets/sheet4.xml', (x) => repeatFirstWork(x, n))];
    }
    case 5: {
      // Extra header columns on Neighbourhoods and one cell in the last row Excel has.
      const cols = Math.min(n, 2000);
      return ['xml.farCell', withPart(r, 'xl/worksheets/sheet2.xml', (x) => {
        const firstRowEnd = x.indexOf('</row>');
        let header = '';
        for (let c = 0; c < cols; c++) header += `<c r="${colName(30 + c)}1" t="inlineStr"><is><t>extra${c}</t></is></c>`;
        const withHeader = insertAt(x, firstRowEnd, header);
        const end = withHeader.indexOf('</sheetData>');
        return insertAt(withHeader, end, '<row r="1048576"><c r="B1048576"><v>1</v></c></row>')
          .replace(/<dimension ref="[^"]*"\/>/, '');
      })];
    }
    case 6: {
      // Random tags dropped or angle brackets thrown in.
      const part = pick(r, Object.keys(parts).filter((k) => k.endsWith('.xml')));
      return [`xml.brackets.${part}`, withPart(r, part, (x) => {
        let s = x;
        for (let i = 0; i < 1 + int(r, 10); i++) s = insertAt(s, int(r, s.length), pick(r, ['<', '>', '</c>', '<c>', '"', '</row>', '<v>', '</si>']));
        return s;
      })];
    }
    case 7: {
      // Deeply nested or repeated elements.
      const part = pick(r, ['xl/sharedStrings.xml', 'xl/workbook.xml', ...sheetParts(parts)]);
      const what = pick(r, ['<r><t>a</t></r>', '<si><t>x</t></si>', '<t>', '<sheet name="S" r:id="rId1"/>', '<c><v>1</v></c>']);
      return [`xml.repeat.${what}`, withPart(r, part, (x) => insertAt(x, x.indexOf('>', x.lastIndexOf('<', x.length - 3)) - 1 - 0, what.repeat(n)))];
    }
    default: {
      // Sheet names and relationship targets made hostile.
      return ['xml.names', withPart(r, 'xl/workbook.xml', (x) => x.replace(/name="([^"]*)"/, (_, v: string) =>
        `name="${pick(r, ['', '&amp;&lt;', v.repeat(200), 'Settings', 'Works', '&#x1F600;', v.toUpperCase()])}"`))];
    }
  }
}

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ── extreme cell values ──────────────────────────────────────────────────────────────────────
const extremeNumbers = ['1e308', '-1e308', '1e300', '1e20', '1e13', '1.7976931348623157e308', '5e-324', '-0', '1e-300', '99999999999999999999', 'NaN', 'Infinity', '-Infinity', ''];
const extremeTexts = ['1e+308', '1e308', '-1e300', '1,0e308', '1.000.000.000.000.000', 'NaN', 'Infinity', '∞', '\u0000', ' ', '=1/0', 'households^200', 'households*1e300', '1e999'];

function extremeValue(r: Rand, o: FuzzOptions): [string, Uint8Array] {
  const parts = example().parts;
  const part = pick(r, sheetParts(parts));
  const long = r() < 0.15;
  const count = r() < 0.2 ? 1000 : 1 + int(r, 3);
  let label = '';
  const bytes = withPart(r, part, (x) => {
    // Every cell of rows 2 and below is a candidate (row 1 holds the headers).
    const cells = [...x.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].filter((m) => m[2] !== '1');
    if (cells.length === 0) return x;
    let s = x;
    // Same value in several cells (a whole column, as "unitCost = 1e20 on every work").
    const column = pick(r, cells)[1];
    const value = long ? 'x'.repeat(Math.min(40_000, 33_000 + int(r, 7000)) * (r() < 0.1 ? Math.min(300, Math.max(1, o.scale)) : 1))
      : r() < 0.6 ? pick(r, extremeNumbers) : pick(r, extremeTexts);
    const targets = count === 1000 ? cells.filter((m) => m[1] === column) : Array.from({ length: count }, () => pick(r, cells));
    label = `value.${long ? 'longText' : value}`;
    const seen = new Set<string>();
    for (const m of targets.reverse()) {
      const ref = `${m[1]}${m[2]}`;
      if (seen.has(ref)) continue;
      seen.add(ref);
      const isNumber = !long && extremeNumbers.includes(value) && r() < 0.7;
      const cell = isNumber ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
      s = s.replace(m[0], cell);
    }
    return s;
  });
  return [label, bytes];
}

/** The file with index `i` of run `seed`. */
export function fuzzFile(seed: number, i: number, o: FuzzOptions): { mutation: string; bytes: Uint8Array } {
  const r = rng(seed * 1_000_003 + i);
  const family = int(r, 10);
  const [mutation, bytes] = family < 2 ? byteDamage(r) : family < 4 ? zipDamage(r) : family < 7 ? hostileXml(r, o) : extremeValue(r, o);
  return { mutation, bytes };
}

const langs: Lang[] = ['nl', 'en'];

/** Why a problem does not render in both languages, or undefined. */
function renderFault(p: Problem): string | undefined {
  for (const lang of langs) {
    if (!messageKeys(lang).includes(p.code)) return `${p.code}: no ${lang} text`;
    const text = renderProblem(lang, p);
    const left = /\{\w+\}/.exec(t(lang, p.code, p.params));
    if (left) return `${p.code}: ${lang} text leaves ${left[0]}`;
    if (text.includes('undefined')) return `${p.code}: ${lang} text "${text.slice(0, 120)}"`;
  }
  return undefined;
}

function problemsFault(ps: readonly Problem[]): string | undefined {
  for (const p of ps) {
    if (p.code === 'internal.error') return `internal error shown: ${String(p.params.detail)}`;
    const f = renderFault(p);
    if (f) return f;
  }
  return undefined;
}

const message = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 300);

/** Reads and computes one file and judges the outcome. */
export function judge(index: number, mutation: string, bytes: Uint8Array): Outcome {
  const out: Outcome = { index, mutation, verdict: 'refused', readMs: 0, computeMs: 0 };
  const fail = (failure: string): Outcome => ({ ...out, verdict: 'failure', failure });
  let t0 = performance.now();
  let read: ReturnType<typeof readWorkbook>;
  try {
    read = readWorkbook(bytes);
  } catch (e) {
    return fail(`readWorkbook threw ${message(e)}`);
  } finally {
    out.readMs = performance.now() - t0;
  }
  if (!read.ok) {
    const f = problemsFault(read.problems);
    return f ? fail(f) : out;
  }
  const f = problemsFault(read.warnings);
  if (f) return fail(f);
  t0 = performance.now();
  try {
    const result = compute(read.scenario, { computedAt: '2026-01-01T00:00:00.000Z' });
    // Every view built (and so checked), the whole result serialisable, and checked once more.
    JSON.stringify(result);
    assertFinite(result, 'result');
    const w = problemsFault(result.warnings);
    if (w) return fail(w);
    out.verdict = 'accepted';
  } catch (e) {
    if (!(e instanceof InputError)) return fail(`compute threw ${message(e)}`);
    const p = problemsFault(e.problems);
    if (p) return fail(p);
  } finally {
    out.computeMs = performance.now() - t0;
  }
  return out;
}

export function runFuzz(seed: number, count: number, o: FuzzOptions, onEach?: (x: Outcome) => void): Outcome[] {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < count; i++) {
    const { mutation, bytes } = fuzzFile(seed, i, o);
    const x = judge(i, mutation, bytes);
    outcomes.push(x);
    onEach?.(x);
  }
  return outcomes;
}
