// Badges by the headline for what a reader must not miss further down the page (a budget
// shortfall, a party worse off); each jumps to its section.
import { memo } from 'react';
import { t, type Lang } from '../../engine/i18n';
import type { ComputeResult } from '../../engine/model/result';
import './badge-messages';
import './badges.css';

function jump(section: string) {
  const el = document.querySelector<HTMLElement>(`[data-section="${section}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  const heading = el.querySelector<HTMLElement>('h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

export const Badges = memo(function Badges(props: { result: ComputeResult; lang: Lang }) {
  const { result: r, lang } = props;
  const shortfalls = r.budgets?.shortfalls.length ?? 0;
  const losing = r.parties.filter((p) => p.flagged).length;
  if (shortfalls === 0 && losing === 0) return null;
  const plural = (key: string, n: number) => t(lang, `${key}.${n === 1 ? 'one' : 'other'}`, { n });
  return (
    <nav className="kk-badges" aria-label={t(lang, 'badge.label')}>
      {shortfalls > 0 && <button type="button" className="kk-badge" data-badge="budgets" onClick={() => jump('budgets')}>
        <span aria-hidden="true">⚠ </span>{plural('badge.shortfall', shortfalls)}</button>}
      {losing > 0 && <button type="button" className="kk-badge" data-badge="parties" onClick={() => jump('parties')}>
        <span aria-hidden="true">⚠ </span>{plural('badge.losing', losing)}</button>}
    </nav>
  );
});
