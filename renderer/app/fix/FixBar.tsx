// The fix offered in place for a value the user just moved outside its low–high range.
import { formatNumber } from '../../../engine/i18n/index';
import { useI18n } from '../i18n';
import type { RangeFix } from './edited-cell';
import './messages';
import './fix.css';

export function FixBar({ fix, onApply }: { fix: RangeFix; onApply: () => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="fix-bar" role="status" data-testid="fix-bar">
      <span>{t('fix.title')}</span>{' '}
      <button type="button" onClick={onApply}>{t(fix.label, { value: formatNumber(lang, fix.value) })}</button>
    </div>
  );
}
