// The canonical serialization of a scenario, hashed into meta.input: JSON with object keys sorted,
// undefined left out, and the sheets whose row order carries no meaning (Works, Neighbourhoods,
// Bundles, Budgets) sorted by id, so the same scenario hashes the same whatever the row order.
// Parties, Variants, CoFinancing and CitizenMaintenance keep their order: it breaks ties or sets
// the order rules apply in.
import type { Scenario } from '../scenario/schema';
import { Sha256, sha256Hex, sha256HexAsync } from './sha256';

const byId = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const encoder = new TextEncoder();

/** The canonical text in full (tests, debugging); scenarioHash streams the same text instead. */
export function canonicalScenario(s: Scenario): string {
  const parts: string[] = [];
  writeCanonicalScenario(s, (text) => parts.push(text));
  return parts.join('');
}

export function scenarioHash(s: Scenario): string {
  const hash = new Sha256();
  writeCanonicalScenario(s, (text) => hash.update(text));
  return hash.hex();
}

/**
 * The UTF-8 bytes of each sheet's canonical text, kept by the sheet's rows array: a what-if changes
 * settings and keeps the works array, whose text is nearly all of a city's 19 MB. An edit to a few
 * rows makes a new array but keeps the other row objects: the text of each chunk of rows whose
 * rows are the very objects of the last text is taken over too. Only for a caller that never
 * changes a kept array or its rows in place (the engine worker: it holds the copies it was sent
 * and replaces what a patch changes).
 */
export class SheetBytes {
  // By sheet, as a sheet's order (sorted by id or not) depends on which sheet it is.
  private readonly kept = new Map<string, WeakMap<readonly unknown[], Uint8Array[]>>();
  /** Per sheet, the rows of the last text written (in their canonical order) and its chunks. */
  private readonly last = new Map<string, { rows: readonly unknown[]; chunks: Uint8Array[] }>();

  get(sheet: string, rows: readonly unknown[]): Uint8Array[] | undefined {
    return this.kept.get(sheet)?.get(rows);
  }

  set(sheet: string, rows: readonly unknown[], bytes: Uint8Array[]): void {
    let bySheet = this.kept.get(sheet);
    if (!bySheet) this.kept.set(sheet, (bySheet = new WeakMap()));
    bySheet.set(rows, bytes);
  }

  /** The bytes of the chunk of `ordered` from `from` to `to` if the last text had it, row for row. */
  chunk(sheet: string, ordered: readonly unknown[], from: number, to: number): Uint8Array | undefined {
    const last = this.last.get(sheet);
    if (last === undefined || Math.min(last.rows.length, from + rowsPerChunk) !== to) return undefined;
    for (let i = from; i < to; i++) if (last.rows[i] !== ordered[i]) return undefined;
    return last.chunks[from / rowsPerChunk];
  }

  setLast(sheet: string, ordered: readonly unknown[], chunks: Uint8Array[]): void {
    this.last.set(sheet, { rows: ordered, chunks });
  }
}

/** The canonical text as UTF-8 in one byte array (WebCrypto digests whole arrays only). */
export function canonicalBytes(s: Scenario, keep?: SheetBytes): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  writeCanonicalScenario(s, (text) => chunks.push(encoder.encode(text)), (key, rows, order) => {
    let known = keep?.get(key, rows);
    if (!known) {
      known = rowBytes(key, order ? order(rows as never[]) : rows, keep);
      keep?.set(key, rows, known);
    }
    chunks.push(...known);
  });
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const [openBytes, commaBytes, closeBytes] = ['[', ',', ']'].map((c) => encoder.encode(c)) as [Uint8Array, Uint8Array, Uint8Array];

/** writeRows as bytes, each chunk of rows the last text of the sheet had taken from `keep`. */
function rowBytes(sheet: string, ordered: readonly unknown[], keep?: SheetBytes): Uint8Array[] {
  const out = [openBytes];
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < ordered.length; i += rowsPerChunk) {
    const to = Math.min(ordered.length, i + rowsPerChunk);
    const bytes = keep?.chunk(sheet, ordered, i, to) ?? encoder.encode(chunkText(ordered.slice(i, to)));
    chunks.push(bytes);
    if (i > 0) out.push(commaBytes);
    out.push(bytes);
  }
  out.push(closeBytes);
  keep?.setLast(sheet, ordered, chunks);
  return out;
}

/** scenarioHash(s) with the sheet texts kept in `keep` (see SheetBytes), on this thread. */
export function scenarioHashKept(s: Scenario, keep: SheetBytes): string {
  return sha256Hex(canonicalBytes(s, keep));
}

/** scenarioHash(s), hashed by WebCrypto where there is one: the same hex. */
export function scenarioHashAsync(s: Scenario, keep?: SheetBytes): Promise<string> {
  return sha256HexAsync(canonicalBytes(s, keep));
}

type Write = (text: string) => void;
/** Writes one sheet's rows, put in canonical order by `order` where the sheet has one. */
type SheetWriter = (key: string, rows: readonly unknown[], order: ((rows: readonly never[]) => unknown[]) | undefined) => void;

const sortedSheets = new Map<string, (rows: readonly never[]) => unknown[]>([
  ['works', byId],
  ['neighbourhoods', byId],
  ['bundles', byId],
  ['budgets', (rows: readonly { party: string; year: number }[]) => [...rows].sort((a, b) =>
    a.party < b.party ? -1 : a.party > b.party ? 1 : a.year - b.year)],
]);

function writeCanonicalScenario(s: Scenario, write: Write,
  writeSheet: SheetWriter = (_, rows, order) => writeRows(order ? order(rows as never[]) : rows, write)): void {
  const members: Record<string, unknown> = { ...s, bundles: s.bundles ?? [], budgets: s.budgets ?? [] };
  // Exactly canonicalJson(sorted sheets), written member by member and the sheets in chunks of
  // rows: a city's 19 MB text then never exists as one string, and each sheet is stringified with
  // only its own keys (the key list is looked up in every object, so a short list is faster).
  write('{');
  let first = true;
  for (const key of Object.keys(members).sort()) {
    const v = members[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    write(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(v)) {
      writeSheet(key, v, sortedSheets.get(key));
    } else write(canonicalJson(v));
  }
  write('}');
}

const rowsPerChunk = 1000;

function writeRows(rows: readonly unknown[], write: Write): void {
  write('[');
  for (let i = 0; i < rows.length; i += rowsPerChunk) write(`${i === 0 ? '' : ','}${chunkText(rows.slice(i, i + rowsPerChunk))}`);
  write(']');
}

/** Rows in canonical JSON, without the array's brackets. Each row's text is its own whatever the
 *  other rows (its keys sorted: the key list, all keys these rows have, holds all of its own), so
 *  a chunk's text can be kept while other chunks change. */
function chunkText(rows: readonly unknown[]): string {
  return canonicalJson(rows).slice(1, -1);
}

/**
 * JSON with object keys sorted, undefined members dropped, non-finite numbers as null (as JSON does).
 * JSON.stringify with an array of property names writes every object's members in that array's
 * order, so passing all keys that occur, sorted, gives sorted keys at native speed (a hand-written
 * recursion was several times slower on a 50,000-work city).
 */
export function canonicalJson(v: unknown): string {
  const keys = new Set<string>();
  collectKeys(v, keys);
  return JSON.stringify(v, [...keys].sort()) ?? 'null';
}

function collectKeys(v: unknown, keys: Set<string>): void {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) collectKeys(x, keys);
    return;
  }
  const o = v as Record<string, unknown>;
  for (const k in o) {
    keys.add(k);
    const x = o[k];
    if (x !== null && typeof x === 'object') collectKeys(x, keys);
  }
}
