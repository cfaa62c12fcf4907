// Asks for the name to save under: a browser saves by a download, which has no save dialog of its own.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';

export function SaveAsDialog({ suggested, onDone }: { suggested: string; onDone: (name: string | null) => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(suggested);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const chosen = name.trim().replace(/\.xlsx$/i, '').trim();
  return (
    <dialog ref={ref} className="save-as" aria-labelledby="save-as-title" data-testid="save-as"
      onCancel={(e) => { e.preventDefault(); onDone(null); }}>
      <form onSubmit={(e) => { e.preventDefault(); if (chosen) onDone(chosen); }}>
        <h2 id="save-as-title">{t('ui.saveAs.title')}</h2>
        <label>
          {t('ui.saveAs.name')}
          <span className="save-as-field">
            <input value={name} onChange={(e) => setName(e.target.value)} autoFocus data-testid="save-as-name" /> .xlsx
          </span>
        </label>
        <div className="save-as-buttons">
          <button type="submit" disabled={!chosen} data-testid="save-as-ok">{t('ui.saveAs.save')}</button>
          <button type="button" onClick={() => onDone(null)}>{t('ui.saveAs.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}
