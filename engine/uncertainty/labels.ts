// How an uncertain input and its values read in the user's language: fractions as percentages,
// money as euros.
import '../i18n/uncertainty';
import { formatEuro, formatNumber, formatPercent, t, type Lang } from '../i18n';
import type { Perspective, Scenario } from '../scenario/schema';
import type { SavingKey } from './saving';

export const fractionSettings: ReadonlySet<string> = new Set([
  'discountRate', 'escalationRate', 'interestRate', 'engineeringRate', 'sequentialShare',
]);

/** How a work or variant is named to a reader (a variant by its name); the id where none is given. */
export type InputNames = (kind: 'work' | 'variant', id: string) => string;

/** The names of a scenario's inputs: a variant by its own name, a work by its id (the planning's own
 *  reference for it). */
export function inputNamesOf(scenario: Pick<Scenario, 'variants'>): InputNames {
  const variants = new Map<string, string>();
  for (const v of scenario.variants) if (v.name) variants.set(v.id, v.name);
  return (kind, id) => (kind === 'variant' ? variants.get(id) ?? id : id);
}

export function inputLabel(lang: Lang, i: { kind: string; id: string }, names?: InputNames): string {
  if (i.kind === 'setting') return t(lang, `unc.setting.${i.id}`);
  const kind = i.kind === 'work' ? 'work' : 'variant';
  return t(lang, kind === 'work' ? 'unc.input.work' : 'unc.input.variant', { id: names ? names(kind, i.id) : i.id });
}

/** An input value: "2,25%" for a rate, "€ 15.000,00" for money. */
export function inputValue(lang: Lang, i: { kind: string; id: string }, v: number): string {
  if (i.kind === 'setting' && fractionSettings.has(i.id)) return formatPercent(lang, v, 2);
  if (i.kind === 'setting' && i.id === 'sequentialShare') return formatNumber(lang, v, 4);
  return formatEuro(lang, v);
}

export function savingLabel(lang: Lang, saving: SavingKey, perspective: Perspective): string {
  return `${t(lang, `unc.saving.${saving}`)} (${t(lang, `unc.perspective.${perspective}`)})`;
}
