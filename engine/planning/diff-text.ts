// The diff of a re-import as plain text lines, for the CLI and the interface alike.
import { formatEuro, t, type Lang } from '../i18n';
import '../i18n/cli';
import type { Amounts } from '../model/result';
import type { Effect, PlanningDiff } from './replace';
import './messages';

const pair = (lang: Lang, a: Amounts): string => `${formatEuro(lang, a.financial)} / ${formatEuro(lang, a.societal)}`;

/** `names`: how a reader's screen names the party and a Works field (the command line keeps ids
 *  and field keys, which a mapping file uses). */
export function diffLines(lang: Lang, diff: PlanningDiff, effect: Effect | undefined, names: { party?: string; field?: (key: string) => string } = {}): string[] {
  const field = names.field ?? ((k: string) => k);
  const lines = [t(lang, 'planning.diff.summary', {
    party: names.party ?? diff.party, added: String(diff.added.length), removed: String(diff.removed.length),
    changed: String(diff.changed.length), unchanged: String(diff.unchanged),
  })];
  for (const id of diff.added) lines.push(`  + ${id}`);
  for (const id of diff.removed) lines.push(`  - ${id}`);
  for (const c of diff.changed) lines.push(`  ~ ${c.id}: ${c.fields.map(field).join(', ')}`);
  for (const b of diff.bundlesLosing) lines.push(t(lang, 'planning.bundle.lostMember', { bundle: b.bundle, work: b.work }));
  if (!effect) {
    lines.push(t(lang, 'planning.diff.noEffect'));
    return lines;
  }
  lines.push(t(lang, 'planning.diff.effect'));
  for (const s of effect.steps) lines.push(`  ${t(lang, `cli.step.${s.id}`)}: ${pair(lang, s.before)} → ${pair(lang, s.after)}`);
  lines.push(t(lang, 'planning.diff.savings'));
  for (const s of effect.savings) lines.push(`  ${t(lang, `cli.saving.${s.key}`)}: ${pair(lang, s.before)} → ${pair(lang, s.after)}`);
  return lines;
}
