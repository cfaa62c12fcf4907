// Number formats of the dashboard. Amounts look exactly like engine/i18n's formatEuro (€ 1.234.567
// in Dutch); the Intl formatters are built once per language here because the dashboard formats
// thousands of numbers per slider move. Axis ticks use a short form (€ 1,2 mln.) only charts need.
import type { Lang } from '../../engine/i18n';
import { roundQuantity } from '../../engine/model/money';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function fmt(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}|${key}`;
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.NumberFormat(locales[lang], options)));
  return f;
}

const euroOptions = (d: 0 | 2): Intl.NumberFormatOptions => ({ style: 'currency', currency: 'EUR', minimumFractionDigits: d, maximumFractionDigits: d });

/** Whole euros: the dashboard shows no cents; the explain panel shows them. */
export const euro = (lang: Lang, v: number): string => fmt(lang, 'euro0', euroOptions(0)).format(v);
export const euroCents = (lang: Lang, v: number): string => fmt(lang, 'euro2', euroOptions(2)).format(v);

export function euroCompact(lang: Lang, v: number): string {
  return fmt(lang, 'compact', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 }).format(v);
}

/** A count or quantity exactly as engine/i18n's formatNumber writes it (no grouping below 10,000,
 *  so a year stays a year), from a formatter built once: a map labels hundreds at a time. */
export function quantity(lang: Lang, v: number, maxDecimals = 0): string {
  const grouping = Math.abs(v) >= 10000;
  return fmt(lang, `q${maxDecimals}${grouping ? 'g' : ''}`, { maximumFractionDigits: maxDecimals, useGrouping: grouping }).format(v);
}

export function hours(lang: Lang, v: number): string {
  // Rounded as the engine rounds quantities first: Intl would round the float's noise.
  return fmt(lang, 'hours', { maximumFractionDigits: 0 }).format(roundQuantity(v, 0));
}

export function percent(lang: Lang, fraction: number, decimals = 1): string {
  return fmt(lang, `pct${decimals}`, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(fraction);
}

/** A computation time as a person reads it, in UTC (the provenance stamps say so). */
export const dateTimeUtc = (lang: Lang, iso: string): string =>
  new Date(iso).toLocaleString(locales[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
