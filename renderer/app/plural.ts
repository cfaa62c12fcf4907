// Singular forms of the interface's counted messages ("1 fout", not "1 fouten"): a message key
// with a `#one` variant uses it when its count {n} is 1.
import { messageKeys, registerMessages, t, type Lang } from '../../engine/i18n/index';

registerMessages({
  'ui.notice.openFailed#one': '{name} kon niet worden geopend: 1 melding.',
  'ui.notice.openedWithProblems#one': '{name} geopend met 1 fout in de invoer: klik op de melding om naar de cel te gaan.',
  'ui.dashboard.notComputed#one': 'Het scenario kan niet worden doorgerekend: 1 melding.',
  'ui.paste.refused#one': 'Niets geplakt: 1 melding.',
}, {
  'ui.notice.openFailed#one': '{name} could not be opened: 1 problem.',
  'ui.notice.openedWithProblems#one': 'Opened {name} with 1 error in the inputs: click the problem to go to its cell.',
  'ui.dashboard.notComputed#one': 'The scenario cannot be computed: 1 problem.',
  'ui.paste.refused#one': 'Nothing pasted: 1 problem.',
});

const singular = new Map<Lang, Set<string>>();

export function tPlural(lang: Lang, key: string, params?: Record<string, string | number>): string {
  if (params?.n === 1) {
    let keys = singular.get(lang);
    if (!keys) singular.set(lang, (keys = new Set(messageKeys(lang).filter((k) => k.endsWith('#one')))));
    if (keys.has(`${key}#one`)) return t(lang, `${key}#one`, params);
  }
  return t(lang, key, params);
}
