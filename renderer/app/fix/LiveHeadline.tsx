// The headline savings in one line above the input tables, so an edit shows its effect without
// a switch to the dashboard. After a breaking edit it shows the last result, marked out of date.
import type { ComputeResult } from '../../../engine/model/result';
import { headline } from '../../dashboard/view';
import { euro, percent } from '../../dashboard/format';
import { useI18n } from '../i18n';
import './messages';
import './fix.css';

export function LiveHeadline({ result, outdated }: { result: ComputeResult; outdated: boolean }) {
  const { t, lang } = useI18n();
  const h = headline(result);
  const part = (p: 'financial' | 'societal') => {
    const pct = h.savingPct[p];
    return <span data-perspective={p}>{t(`live.${p}`)}: <strong className="kk-amount">{euro(lang, h.saving[p])}</strong>{pct === null ? '' : ` (${percent(lang, pct, 1)})`}</span>;
  };
  return (
    <p className={outdated ? 'live-headline outdated' : 'live-headline'} role="status" aria-live="polite" data-testid="live-headline">
      <span className="live-title">{t('live.title')}</span> {part('financial')} {part('societal')}
      {outdated && <em> — {t('live.outdated')}</em>}
    </p>
  );
}
