// Texts the party view and the printed proposal share: a measure as a number or "n.v.t. (reason)",
// and the key behind a party's share of a project's shared cost.
import { t, type Lang } from '../../../engine/i18n';
import type { Measure } from '../../../engine/measures';
import type { PartyProject } from '../../../engine/proposal/party';
import type { AllocationRule } from '../../../engine/scenario/schema';
import { euroCents, percent } from '../format';

export function measureText(lang: Lang, m: Measure, kind: 'ratio' | 'rate' | 'year'): string {
  if (m.value === null) return `${t(lang, 'measures.na')} (${t(lang, `measures.reason.${m.reason}`)})`;
  if (kind === 'rate') return percent(lang, m.value, 2);
  if (kind === 'year') return String(m.value);
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 3 }).format(m.value);
}

/** "Rule …; key …" for a project with partners, "100%" for one the party carries alone. */
export function shareKey(lang: Lang, rule: AllocationRule, p: PartyProject): string {
  if (p.partners.length === 0) return '100%';
  const key = rule === 'direct' ? `${euroCents(lang, p.direct)} / ${euroCents(lang, p.projectDirect)}`
    : rule === 'equal' ? `1 / ${p.partners.length + 1}`
    : t(lang, `results.rule.${rule}`);
  return t(lang, 'party.why', { rule: t(lang, `results.rule.${rule}`), key });
}
