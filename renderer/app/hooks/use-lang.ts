// The interface language, remembered for the next start and set on the page for screen readers.
import { useCallback, useMemo, useState } from 'react';
import type { Lang } from '../../../engine/i18n/index';
import { makeI18n, storeLang } from '../i18n';

export function useLang(initialLang: Lang) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    storeLang(l);
    document.documentElement.lang = l;
  }, []);
  return { lang, setLang, i18n };
}
