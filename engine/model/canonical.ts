// The canonical serialization of a scenario, hashed into meta.input: JSON with object keys sorted,
// undefined left out, and the sheets whose row order carries no meaning (Works, Neighbourhoods,
// Bundles, Budgets) sorted by id, so the same scenario hashes the same whatever the row order.
// Parties, Variants, CoFinancing and CitizenMaintenance keep their order: it breaks ties or sets
// the order rules apply in.
import type { Scenario } from '../scenario/schema';
import { Sha256, sha256HexAsync } from './sha256';

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
 * settings and keeps the works array, whose text is nearly all of a city's 19 MB. Only for a caller
 * that never changes a kept array or its rows in place (the engine worker: it holds the copies it
 * was sent and replaces what a patch changes).
 */
export class SheetBytes {
  // By sheet, as a sheet's order (sorted by id or not) depends on which sheet it is.
  private readonly kept = new Map<string, WeakMap<readonly unknown[], Uint8Array[]>>();

  get(sheet: string, rows: readonly unknown[]): Uint8Array[] | undefined {
    return this.kept.get(sheet)?.get(rows);
  }

  set(sheet: string, rows: readonly unknown[], bytes: Uint8Array[]): void {
    let bySheet = this.kept.get(sheet);
    if (!bySheet) this.kept.set(sheet, (bySheet = new WeakMap()));
    bySheet.set(rows, bytes);
  }
}

/** The canonical text as UTF-8 in one byte array (WebCrypto digests whole arrays only). */
export function canonicalBytes(s: Scenario, keep?: SheetBytes): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  let sheet: Uint8Array[] = chunks;
  writeCanonicalScenario(s, (text) => sheet.push(encoder.encode(text)), (key, rows, write) => {
    const known = keep?.get(key, rows);
    if (known) {
      chunks.push(...known);
      return;
    }
    sheet = [];
    write();
    chunks.push(...sheet);
    keep?.set(key, rows, sheet);
    sheet = chunks;
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

/** scenarioHash(s), hashed by WebCrypto where there is one: the same hex. */
export function scenarioHashAsync(s: Scenario, keep?: SheetBytes): Promise<string> {
  return sha256HexAsync(canonicalBytes(s, keep));
}

type Write = (text: string) => void;
/** Writes one sheet's rows by calling `write` (or, for a sheet already known, not). */
type SheetWriter = (key: string, rows: readonly unknown[], write: () => void) => void;

const sortedSheets = new Map<string, (rows: readonly never[]) => unknown[]>([
  ['works', byId],
  ['neighbourhoods', byId],
  ['bundles', byId],
  ['budgets', (rows: readonly { party: string; year: number }[]) => [...rows].sort((a, b) =>
    a.party < b.party ? -1 : a.party > b.party ? 1 : a.year - b.year)],
]);

function writeCanonicalScenario(s: Scenario, write: Write, writeSheet: SheetWriter = (_, __, w) => w()): void {
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
      const order = sortedSheets.get(key);
      writeSheet(key, v, () => writeRows(order ? order(v as never[]) : v, write));
    } else write(canonicalJson(v));
  }
  write('}');
}

const rowsPerChunk = 1000;

function writeRows(rows: readonly unknown[], write: Write): void {
  const keys = new Set<string>();
  collectKeys(rows, keys);
  const list = [...keys].sort();
  write('[');
  for (let i = 0; i < rows.length; i += rowsPerChunk) {
    const text = JSON.stringify(rows.slice(i, i + rowsPerChunk), list);
    write(`${i === 0 ? '' : ','}${text.slice(1, -1)}`);
  }
  write(']');
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
