// Converting one cell, as SheetJS gives it, to the value a column of a given kind holds.
// Plain functions on plain values: the reader calls them for every cell of a 50,000-row workbook,
// so no zod here (zod checks the assembled row once).
import { parseChoice, choiceNl, type ColumnKind } from '../scenario/columns';
import { parseNumberText } from './numbers';

/** A cell as SheetJS reads it (dense mode): t = s(tring), n(umber), b(oolean), e(rror), z (stub). */
export interface RawCell {
  t: string;
  v?: unknown;
}

export type CellValue = string | number | boolean;
export type Conversion =
  | { ok: true; value: unknown }
  | { ok: false; code: string; params: Record<string, string | number> };

/** The cell's own value, or undefined for a blank; a formula without a cached value or an error
 *  value is a problem of its own (the sheet must have been calculated and saved). */
export function cellValue(cell: RawCell | undefined): CellValue | undefined | { problem: string } {
  if (!cell) return undefined;
  switch (cell.t) {
    case 's': {
      const v = typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
      return v.trim() === '' ? undefined : v;
    }
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? cell.v : undefined;
    case 'b':
      return cell.v === true;
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : undefined;
    case 'e':
      // SheetJS reads `<c><f>…</f></c>` (no cached <v>) as an error cell without a value.
      return { problem: cell.v === undefined ? 'cell.formulaNoValue' : 'cell.error' };
    default:
      return undefined;
  }
}

const yes = new Set(['yes', 'ja', 'true', 'waar', '1', 'x']);
const no = new Set(['no', 'nee', 'false', 'onwaar', '0']);
// In an eligibility cell only whole words mean yes/no: `x` could be an attribute name.
const words = new Set(['yes', 'ja', 'true', 'waar', 'no', 'nee', 'false', 'onwaar']);

export function parseBool(v: CellValue): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  const s = v.trim().toLowerCase();
  return yes.has(s) ? true : no.has(s) ? false : undefined;
}

const fail = (code: string, params: Record<string, string | number> = {}): Conversion => ({ ok: false, code, params });
const ok = (value: unknown): Conversion => ({ ok: true, value });
const shown = (v: CellValue): string => (typeof v === 'string' ? v.trim() : String(v));

export function toNumber(v: CellValue): Conversion {
  if (typeof v === 'number') return ok(v);
  if (typeof v === 'boolean') return fail('value.notNumber', { value: shown(v) });
  const r = parseNumberText(v);
  if (r.ok) return ok(r.value);
  return fail(r.reason === 'ambiguous' ? 'value.ambiguousNumber' : 'value.notNumber', { value: shown(v) });
}

export function splitTags(s: string): string[] {
  return s.split(/[,;]/).map((x) => x.trim()).filter((x) => x !== '');
}

export function choicesText(choices: readonly string[]): string {
  return choices.map((c) => (choiceNl[c] && choiceNl[c] !== c ? `${c} (${choiceNl[c]})` : c)).join(', ');
}

/** Converts a non-blank cell value for a column kind. */
export function convert(kind: ColumnKind, v: CellValue, choices?: readonly string[]): Conversion {
  switch (kind) {
    case 'string':
      return ok(shown(v));
    case 'number':
      return toNumber(v);
    case 'int': {
      const r = toNumber(v);
      if (r.ok && !Number.isInteger(r.value)) return fail('value.notInteger', { value: shown(v) });
      return r;
    }
    case 'fraction': {
      const r = toNumber(v);
      if (r.ok && (r.value as number) > 1) {
        const value = r.value as number;
        return fail('value.fractionAboveOne', { value, fraction: value / 100 });
      }
      return r;
    }
    case 'tags':
      return ok(typeof v === 'string' ? splitTags(v) : [shown(v)]);
    case 'bool': {
      const b = parseBool(v);
      return b === undefined ? fail('value.notBoolean', { value: shown(v) }) : ok(b);
    }
    case 'choice': {
      const c = typeof v === 'string' ? parseChoice(v, choices ?? []) : undefined;
      return c === undefined ? fail('value.invalidChoice', { value: shown(v), choices: choicesText(choices ?? []) }) : ok(c);
    }
    case 'numOrExpr': {
      if (typeof v === 'number') return ok(v);
      if (typeof v === 'boolean') return fail('value.notNumber', { value: shown(v) });
      const r = parseNumberText(v);
      if (r.ok) return ok(r.value);
      if (r.reason === 'ambiguous') return fail('value.ambiguousNumber', { value: shown(v) });
      return ok(v.trim());
    }
    case 'eligibility': {
      if (typeof v !== 'string') {
        const b = parseBool(v);
        return b === undefined ? fail('value.notBoolean', { value: shown(v) }) : ok(b);
      }
      const s = v.trim();
      return words.has(s.toLowerCase()) ? ok(parseBool(s)) : ok(s);
    }
  }
}
