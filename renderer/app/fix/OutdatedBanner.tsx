// Over a result kept from before a breaking edit: says it is out of date and why, and leads to the problems.
import { useI18n } from '../i18n';
import './messages';
import './fix.css';

export function OutdatedBanner({ errors, onShowProblems }: { errors: number; onShowProblems: () => void }) {
  const { t } = useI18n();
  return (
    <div className="outdated-banner" role="alert" data-testid="outdated">
      <strong>{t('outdated.label')}</strong>{' '}
      <span>{t(errors === 1 ? 'outdated.errors.one' : 'outdated.errors.other', { n: errors })}</span>{' '}
      <button type="button" onClick={onShowProblems}>{t('ui.dashboard.showProblems')}</button>
    </div>
  );
}
