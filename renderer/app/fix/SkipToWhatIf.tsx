// A skip link to the what-if panel: it sits beside the dashboard but comes after the toolbar and
// tabs in the page, many Tab stops away for a keyboard user.
import { useI18n } from '../i18n';
import './messages';

export function SkipToWhatIf() {
  const { t } = useI18n();
  return (
    <a className="skip" href="#whatif" onClick={(e) => {
      const panel = document.getElementById('whatif');
      if (!panel) return;
      e.preventDefault();
      panel.focus();
      panel.scrollIntoView({ block: 'start' });
    }}>{t('skip.whatif')}</a>
  );
}
