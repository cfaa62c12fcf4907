// The text of a what-if number field in the interface language: `2,25` in Dutch, `2.25` in English.
// Input goes through the workbook codec's parser (engine/workbook/numbers.ts), so `1.234,5`, `€ 1 500`
// and `2,25%` mean here what they mean in a workbook.
import type { Lang } from '../../engine/i18n';
import { parseNumberText } from '../../engine/workbook/numbers';

const plain: Record<Lang, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { useGrouping: false, maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat('en-GB', { useGrouping: false, maximumFractionDigits: 6 }),
};

/** A number as the field shows it: the language's decimal separator, no grouping. */
export function fieldText(lang: Lang, v: number): string {
  return plain[lang].format(v);
}

/** Typed text to a number, or undefined when it is not one. The codec refuses `15.000` and `2,125`
 *  as ambiguous because a workbook cell's notation is unknown; a field of the Dutch interface is
 *  Dutch, so there the separator means what it means in the interface language. A trailing `%` is
 *  ignored: the field already is in percent. */
export function parseFieldText(lang: Lang, text: string): number | undefined {
  const s = text.trim().replace(/%$/, '');
  const r = parseNumberText(s);
  if (r.ok) return r.value;
  if (r.reason !== 'ambiguous') return undefined;
  // Ambiguous means one lone separator before exactly three digits (`15.000`, `2,125`).
  const decimal = lang === 'nl' ? ',' : '.';
  const again = parseNumberText(s.includes(decimal) ? `${s}0` : s.replace(/[.,]/, ''));
  return again.ok ? again.value : undefined;
}
