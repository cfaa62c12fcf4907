// The row under the top bar: the open scenarios as tabs, then the views of the active one.
import { useI18n } from '../i18n';
import { isDirty, type Doc, type View } from '../state/documents';
import { DocTabs } from '../views/DocTabs';

const views: View[] = ['dashboard', 'inputs', 'problems', 'compare'];

interface Props {
  docs: Doc[];
  activeId: string | null;
  view: View;
  /** The errors to fix; `more` when a list was cut at its cap, so the count is a lower bound. */
  problemCount: { n: number; more: boolean };
  onActivate: (id: string) => void;
  onClose: (doc: Doc) => void;
  onView: (view: View) => void;
}

export function TabsRow({ docs, activeId, view, problemCount, onActivate, onClose, onView }: Props) {
  const { t } = useI18n();
  return (
    <nav className="tabs-row" aria-label={t('ui.views')}>
      <div className="doc-tabs">
        <DocTabs docs={docs} activeId={activeId} label={t('ui.openScenarios')}
          unsaved={t('ui.unsaved')} closeLabel={(name) => t('ui.action.close', { name })} isDirty={isDirty}
          onActivate={onActivate} onClose={onClose} />
      </div>
      <div className="view-tabs" role="tablist" aria-label={t('ui.views')}>
        {views.map((v) => (
          <button key={v} type="button" role="tab" aria-selected={view === v} data-testid={`view-${v}`} onClick={() => onView(v)}>
            {t(`ui.view.${v}`)}{v === 'problems' && problemCount.n > 0 ? ` (${problemCount.n}${problemCount.more ? '+' : ''})` : ''}
          </button>
        ))}
      </div>
    </nav>
  );
}
