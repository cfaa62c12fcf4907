// Number formats of the dashboard. Full amounts come from engine/i18n (€ 1.234.567 in Dutch);
// axis ticks need a short form (€ 1,2 mln.) that only charts use, so it lives here.
import { formatEuro, type Lang } from '../../engine/i18n';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Whole euros: the dashboard shows no cents; the explain panel shows them. */
export const euro = (lang: Lang, v: number): string => formatEuro(lang, v, 0);
export const euroCents = (lang: Lang, v: number): string => formatEuro(lang, v, 2);

export function euroCompact(lang: Lang, v: number): string {
  return new Intl.NumberFormat(locales[lang], {
    style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1,
  }).format(v);
}

export function hours(lang: Lang, v: number): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 0 }).format(v);
}
