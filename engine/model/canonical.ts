// The canonical serialization of a scenario, hashed into meta.input: JSON with object keys sorted,
// undefined left out, and the sheets whose row order carries no meaning (Works, Neighbourhoods,
// Bundles, Budgets) sorted by id, so the same scenario hashes the same whatever the row order.
// Parties, Variants, CoFinancing and CitizenMaintenance keep their order: it breaks ties or sets
// the order rules apply in.
import type { Scenario } from '../scenario/schema';
import { Sha256 } from './sha256';

const byId = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

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

function writeCanonicalScenario(s: Scenario, write: (text: string) => void): void {
  const sorted: Record<string, unknown> = {
    ...s,
    works: byId(s.works),
    neighbourhoods: byId(s.neighbourhoods),
    bundles: byId(s.bundles ?? []),
    budgets: [...(s.budgets ?? [])].sort((a, b) =>
      a.party < b.party ? -1 : a.party > b.party ? 1 : a.year - b.year),
  };
  // Exactly canonicalJson(sorted), written member by member and the sheets in chunks of rows: a
  // city's 19 MB text then never exists as one string or one byte array, and each sheet is
  // stringified with only its own keys (the key list is looked up in every object, so a short
  // list is faster).
  write('{');
  let first = true;
  for (const key of Object.keys(sorted).sort()) {
    const v = sorted[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    write(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(v)) writeRows(v, write);
    else write(canonicalJson(v));
  }
  write('}');
}

const rowsPerChunk = 1000;

function writeRows(rows: readonly unknown[], write: (text: string) => void): void {
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
