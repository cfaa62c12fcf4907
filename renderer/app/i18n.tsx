// The interface language: a React context around engine/i18n's t(), so every text comes from the
// catalogues (engine/i18n/ui.ts for the app) and switching language re-renders everything.
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { formatEuro, formatNumber, formatPercent, t, type Lang } from '../../engine/i18n/index';
import '../../engine/i18n/ui';
import { tPlural } from './plural';

export interface I18n {
  lang: Lang;
  t: (key: string, params?: Record<string, string | number>) => string;
  euro: (v: number, decimals?: 0 | 2) => string;
  num: (v: number, maxDecimals?: number) => string;
  pct: (fraction: number, decimals?: number) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => tPlural(lang, key, params),
    euro: (v, d = 0) => formatEuro(lang, v, d),
    num: (v, d) => formatNumber(lang, v, d),
    pct: (f, d) => formatPercent(lang, f, d),
  };
}

const Ctx = createContext<I18n>(makeI18n('nl'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useI18n = (): I18n => useContext(Ctx);

const LANG_KEY = 'koppelkans.lang';

export function storedLang(): Lang {
  try {
    const v = localStorage.getItem(LANG_KEY);
    if (v === 'nl' || v === 'en') return v;
  } catch {
    // Storage may be unavailable (file:// in some shells): Dutch is the default.
  }
  return 'nl';
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // See storedLang.
  }
}
