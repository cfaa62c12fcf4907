// Presentation mode for a projector: full screen, large type, high contrast; only the headline, the
// waterfall and the what-if sliders. PageUp/PageDown (what presenter clickers send) step through the
// open scenarios; the arrow keys stay with the sliders; Escape leaves.
import { useEffect, useRef, useState } from 'react';
import '../../../engine/i18n/map';
import { Dashboard, WhatIfPanel } from '../../dashboard/index';
import { problemCount } from '../../../engine/i18n/limits';
import { useI18n } from '../i18n';
import { BusyIndicator } from './BusyIndicator';
import type { ResultViewProps } from './result-view';

interface Props extends ResultViewProps {
  name: string;
  position: { index: number; count: number };
  onStep: (delta: number) => void;
  onExit: () => void;
  /** performance.now() since when a newer result is being computed; absent when up to date. */
  busySince?: number;
}

export function Presentation(p: Props) {
  const { t, lang } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  // The latest handlers, read by listeners that are set up once: re-running the full-screen effect
  // on every render would leave and re-enter full screen (and leaving ends the presentation).
  const handlers = useRef({ onStep: p.onStep, onExit: p.onExit });
  handlers.current = { onStep: p.onStep, onExit: p.onExit };
  const onExit = () => handlers.current.onExit();
  // The map of opportunities takes the waterfall's place on the projector, at the presenter's choice.
  const [showMap, setShowMap] = useState(false);

  useEffect(() => {
    const el = root.current;
    let entered = false;
    // Full screen where the browser allows it (a user gesture started this); the overlay covers the
    // window either way.
    if (el && document.fullscreenEnabled && !document.fullscreenElement) {
      el.requestFullscreen().then(() => { entered = true; }).catch(() => {});
    }
    el?.focus();
    const onFsChange = () => {
      // Leaving full screen by the browser's own means (Esc, F11) ends the presentation too.
      if (entered && !document.fullscreenElement) handlers.current.onExit();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') handlers.current.onExit();
      else if (e.key === 'PageDown') handlers.current.onStep(1);
      else if (e.key === 'PageUp') handlers.current.onStep(-1);
      else return;
      e.preventDefault();
    };
    document.addEventListener('fullscreenchange', onFsChange);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('fullscreenchange', onFsChange);
      window.removeEventListener('keydown', onKey);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    };
  }, []);

  return (
    <div ref={root} className="presentation" role="dialog" aria-modal="true" aria-label={t('ui.presentation.title', { name: p.baseScenario.settings.name || p.name })} tabIndex={-1} data-testid="presentation">
      <header className="presentation-head">
        {/* The audience reads the scenario's own name; the file name is for the presenter's tooltip. */}
        <h1 title={p.name}>{p.baseScenario.settings.name || p.name}</h1>
        <span className="presentation-pos">{t('ui.presentation.position', { index: p.position.index, count: p.position.count })}</span>
        <span className="presentation-keys">{t('ui.presentation.keys')}</span>
        {p.busySince !== undefined && <BusyIndicator since={p.busySince} />}
        {p.baseScenario.geometry && (
          <button type="button" aria-pressed={showMap} onClick={() => setShowMap((v) => !v)} data-testid="present-map">{t('map.present')}</button>
        )}
        <button type="button" onClick={onExit} data-testid="present-exit">{t('ui.presentation.exit')}</button>
      </header>
      <div className="presentation-body">
        <div className="presentation-main">
          {p.outcome.ok
            ? <Dashboard result={p.outcome.result} scenario={p.scenario} lang={lang} presentation presentationMap={showMap} />
            : <p role="alert">{t('ui.dashboard.notComputed', { n: problemCount(lang, p.outcome.problems) })}</p>}
        </div>
        <aside className="presentation-whatif" aria-label={t('ui.whatif')}>
          <WhatIfPanel whatIf={p.whatIf} onChange={p.onWhatIf} onReset={p.onReset} scenario={p.baseScenario} lang={lang} presentation />
        </aside>
      </div>
    </div>
  );
}
