// Shown while a worker reads or computes: the page stays usable and says how long it has been busy,
// and how far it is where that is known (the stages of a read). A polite status, so screen readers
// hear it without being interrupted.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';

export function BusyIndicator({ since, label, progress }: { since: number; label?: string; progress?: number }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  const text = label ?? t('ui.compute.busy');
  return (
    <p className="busy" role="status" aria-live="polite" data-testid="busy">
      <span className="spinner" aria-hidden="true" />
      {text}{seconds > 0 ? ` ${t('ui.compute.seconds', { s: seconds })}` : ''}
      {progress !== undefined && <progress className="busy-progress" max={1} value={progress} aria-label={text} />}
    </p>
  );
}
