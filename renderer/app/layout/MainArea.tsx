// The workbench's main region: the active view of the active scenario, or the start screen.
import type { Scenario } from '../../../engine/scenario/schema';
import type { AnalysisResult } from '../../../engine/uncertainty/protocol';
import type { Entry } from '../compute/computer';
import type { JumpTarget } from '../editor/SheetTable';
import { InputEditor } from '../editor/InputEditor';
import { liveResult } from '../fix/last-valid';
import type { Problem } from '../../../engine/problems';
import { useI18n } from '../i18n';
import type { AppState, Doc, View } from '../state/documents';
import { CompareView, type CompareItem } from '../views/CompareView';
import { DashboardView } from '../views/DashboardView';
import { ProblemsView, type ProblemGroup } from '../views/ProblemsView';
import type { ResultViewProps } from '../views/result-view';
import { RecentList } from './RecentList';

interface Props {
  state: AppState;
  doc: Doc | undefined;
  ready: boolean;
  desktop: boolean;
  current: Entry | null;
  busy: boolean;
  resultView: ResultViewProps | null;
  groups: ProblemGroup[];
  editorProblems: readonly Problem[];
  compareItems: CompareItem[];
  jump: JumpTarget | null;
  recent: string[];
  onOpenRecent: (path: string) => void;
  onPng: (bytes: Uint8Array, name: string) => void;
  onRow: (sheet: string, id: string) => void;
  onView: (view: View) => void;
  onUncertainty: (scenario: Scenario, result: AnalysisResult) => void;
  onEdit: (doc: Doc, next: Scenario, key: string) => void;
  onCompare: (ids: string[]) => void;
}

export function MainArea(p: Props) {
  const { t } = useI18n();
  const { state, doc, current, busy, resultView, recent } = p;
  return (
    <main id="main" tabIndex={-1}>
      {!p.ready && <p>{t('ui.loading')}</p>}
      {p.ready && state.docs.length === 0 && state.view !== 'problems' && (
        <section className="empty">
          <p>{t('ui.empty')}</p>
          {recent.length > 0 && (
            <>
              <h2>{t('ui.recent')}</h2>
              <RecentList paths={recent} onOpen={p.onOpenRecent} />
            </>
          )}
        </section>
      )}
      {doc && !current && busy && state.view === 'dashboard' && <p className="computing-first">{t('ui.compute.first')}</p>}
      {doc && resultView && state.view === 'dashboard' && (
        <DashboardView
          {...resultView}
          stale={busy}
          key={doc.id}
          docId={doc.id}
          onPng={p.onPng}
          onRow={p.onRow}
          onShowProblems={() => p.onView('problems')}
          onUncertainty={p.onUncertainty}
        />
      )}
      {doc && state.view === 'inputs' && (
        <InputEditor scenario={doc.present.scenario} problems={p.editorProblems} jump={p.jump} live={current ? liveResult(doc.id, current.outcome, current.effective) : null}
          onChange={(next, key) => p.onEdit(doc, next, key)} />
      )}
      {state.view === 'problems' && <ProblemsView groups={p.groups} />}
      {state.view === 'compare' && (
        <CompareView items={p.compareItems} candidates={state.docs.map((d) => ({ id: d.id, name: d.name }))}
          chosen={state.compareIds} onChoose={p.onCompare} />
      )}
      {p.desktop && recent.length > 0 && state.docs.length > 0 && state.view === 'dashboard' && (
        <details className="recent">
          <summary>{t('ui.recent')}</summary>
          <RecentList paths={recent} onOpen={p.onOpenRecent} />
        </details>
      )}
    </main>
  );
}
