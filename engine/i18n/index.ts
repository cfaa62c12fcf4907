// Message catalogues and locale formatting, shared by the engine's problems, the CLI, the
// interface and the results workbook. Catalogues are plain objects of templates with {param}
// placeholders; each domain (problems, cli, ui, workbook) keeps its own file pair and registers
// itself here, so parallel work never edits one big file.
export type Lang = 'nl' | 'en';
export const langs: readonly Lang[] = ['nl', 'en'];
export type Catalogue = Record<string, string>;

const catalogues: Record<Lang, Catalogue> = { nl: {}, en: {} };

/** Adds a domain's messages. Both languages must define the same keys (a test checks). */
export function registerMessages(nl: Catalogue, en: Catalogue): void {
  Object.assign(catalogues.nl, nl);
  Object.assign(catalogues.en, en);
}

export function messageKeys(lang: Lang): string[] {
  return Object.keys(catalogues[lang]);
}

/** Renders `key` with its {params}. An unknown key renders as the key itself so nothing is lost. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = catalogues[lang][key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

// Building an Intl.NumberFormat costs far more than formatting with one: a grid of a thousand
// labelled cells formats a thousand numbers per draw. One formatter per language and options.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}|${key}`;
  let f = formatters.get(k);
  if (!f) formatters.set(k, (f = new Intl.NumberFormat(locales[lang], options)));
  return f;
}

export function formatNumber(lang: Lang, v: number, maxDecimals = 6): string {
  // Years and ids come through as numbers too: no grouping below 10,000 keeps "2030" a year.
  const grouping = Math.abs(v) >= 10000;
  return formatter(lang, `n${maxDecimals}${grouping ? 'g' : ''}`, { maximumFractionDigits: maxDecimals, useGrouping: grouping }).format(v);
}

/** € 1.234.567,89 in Dutch, €1,234,567.89 in English. */
export function formatEuro(lang: Lang, v: number, decimals: 0 | 2 = 2): string {
  return formatter(lang, `e${decimals}`, {
    style: 'currency', currency: 'EUR', minimumFractionDigits: decimals, maximumFractionDigits: decimals,
  }).format(v);
}

export function formatPercent(lang: Lang, fraction: number, decimals = 1): string {
  return formatter(lang, `p${decimals}`, {
    style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals,
  }).format(fraction);
}
