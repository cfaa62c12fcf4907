// Shown while the worker computes: the page stays usable and says how long it has been busy
// (the engine reports no finer progress than that). A polite status, so screen readers hear it once.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';

export function BusyIndicator({ since, label }: { since: number; label?: string }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  return (
    <p className="busy" role="status" aria-live="polite" data-testid="busy">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('ui.compute.busy')}{seconds > 0 ? ` ${t('ui.compute.seconds', { s: seconds })}` : ''}
    </p>
  );
}
