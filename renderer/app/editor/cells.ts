// One cell of an input table: how a value is shown as text and how typed or pasted text becomes a
// value again, per column kind of engine/scenario/columns.ts. Conversion is the codec's own, so
// `1.234,5`, `1,234.5`, `2,25%`, `ja` and `optimaal` mean here what they mean in a workbook.
import type { ColumnKind } from '../../../engine/scenario/columns';
import { convert } from '../../../engine/workbook/cells';
import type { Lang } from '../../../engine/i18n/index';

export type CellValue = string | number | boolean | string[] | undefined;

/** A parse failure names a problem code of the codec (engine/i18n/problems.ts) with its params. */
export type CellParse = { ok: true; value: CellValue } | { ok: false; key: string; params?: Record<string, string | number> };

/** Typed or pasted text to a value, exactly as the workbook codec converts a text cell. */
export function parseCell(text: string, kind: ColumnKind, choices?: readonly string[]): CellParse {
  const s = text.trim();
  // A blank cell is "no value"; the row schema then applies its default or says it is required.
  if (s === '') return { ok: true, value: kind === 'tags' ? [] : undefined };
  const r = convert(kind, s, choices);
  return r.ok ? { ok: true, value: r.value as CellValue } : { ok: false, key: r.code, params: r.params };
}

/** The text a cell shows: numbers in the interface language's notation, without grouping. */
export function formatCell(value: unknown, kind: ColumnKind, lang: Lang, yesNo: [string, string]): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (typeof value === 'number') return kind === 'string' ? String(value) : editText(value, lang);
  return String(value);
}

const plain: Record<Lang, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { useGrouping: false, maximumFractionDigits: 12 }),
  en: new Intl.NumberFormat('en-GB', { useGrouping: false, maximumFractionDigits: 12 }),
};

/** A number as editable text. Never grouped, and `12,345` (12.345 in Dutch) becomes `12,3450`: the
 *  codec's parser refuses a lone separator before exactly three digits as ambiguous. */
export function editText(v: number, lang: Lang): string {
  const s = plain[lang].format(v);
  return /^-?[1-9]\d{0,2}[.,]\d{3}$/.test(s) ? `${s}0` : s;
}
