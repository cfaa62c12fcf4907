// The open scenarios as tabs. A tab list may hold only tabs, so each close button sits outside
// it, after all tabs in the reading order; the list itself is laid out with display: contents,
// and CSS order puts each close button beside its tab.
import type { Doc } from '../state/documents';

interface Props {
  docs: readonly Doc[];
  activeId: string | null;
  label: string;
  unsaved: string;
  closeLabel: (name: string) => string;
  isDirty: (d: Doc) => boolean;
  onActivate: (id: string) => void;
  onClose: (d: Doc) => void;
}

export function DocTabs(p: Props) {
  const cls = (d: Doc, base: string) => (d.id === p.activeId ? `${base} active` : base);
  return (
    <>
      <div className="doc-tablist" role="tablist" aria-label={p.label}>
        {p.docs.map((d, k) => (
          <button key={d.id} type="button" role="tab" aria-selected={d.id === p.activeId} data-testid="doc-tab"
            className={cls(d, 'doc-tab')} style={{ order: 2 * k }} onClick={() => p.onActivate(d.id)}>
            {d.name}{p.isDirty(d) && <span className="dirty" title={p.unsaved} aria-label={p.unsaved}> •</span>}
          </button>
        ))}
      </div>
      {p.docs.map((d, k) => (
        <button key={d.id} type="button" className={cls(d, 'doc-close close')} style={{ order: 2 * k + 1 }}
          aria-label={p.closeLabel(d.name)} onClick={() => p.onClose(d)}>×</button>
      ))}
    </>
  );
}
