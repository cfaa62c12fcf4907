// The workbench: open scenarios as tabs, a dashboard, input editors, problems, comparison and a
// presentation mode, around one reducer whose every edit can be undone. The hooks in ./hooks hold
// the behaviour; this file composes them.
import { useState } from 'react';
import type { Lang } from '../../engine/i18n/index';
import type { OpenedFile } from '../../engine/shell-api';
import type { Computer, Reader } from './compute/computer';
import { SkipToWhatIf } from './fix/SkipToWhatIf';
import { I18nProvider } from './i18n';
import { readingStatus } from './files';
import type { Shell } from './shell/types';
import { activeDoc } from './state/documents';
import { BusyIndicator } from './views/BusyIndicator';
import { Presentation } from './views/Presentation';
import type { Core } from './hooks/core';
import { workbenchResults } from './hooks/results';
import { useAppState } from './hooks/use-app-state';
import { useCommands } from './hooks/use-commands';
import { useDrop } from './hooks/use-drop';
import { useEditing } from './hooks/use-editing';
import { useExport } from './hooks/use-export';
import { useFiles } from './hooks/use-files';
import { useJump } from './hooks/use-jump';
import { useLang } from './hooks/use-lang';
import { useNotice } from './hooks/use-notice';
import { useSave } from './hooks/use-save';
import { useWindow } from './hooks/use-window';
import { useWorkers } from './hooks/use-workers';
import { FailedImports } from './layout/FailedImports';
import { MainArea } from './layout/MainArea';
import { SaveAsDialog } from './layout/SaveAsDialog';
import { TabsRow } from './layout/TabsRow';
import { Toolbar } from './layout/Toolbar';
import './print.css';

export interface AppProps {
  shell: Shell;
  initialLang: Lang;
  /** Bytes of the bundled example, opened when nothing was restored. */
  loadExample: () => Promise<OpenedFile | null>;
  /** Where results come from; by default the page itself for small scenarios and a worker for big. */
  computer?: Computer;
  /** How workbooks are read; by default on the page when small, in a worker when big. */
  reader?: Reader;
}

export function App({ shell, initialLang, loadExample, computer: givenComputer, reader: givenReader }: AppProps) {
  const { lang, setLang, i18n } = useLang(initialLang);
  const { state, dispatch, stateRef } = useAppState();
  const [notice, setNotice] = useNotice();
  const [presenting, setPresenting] = useState(false);
  const core: Core = { state, dispatch, stateRef, i18n, setNotice };
  const { t } = i18n;
  const doc = activeDoc(state);
  const { computer, reader, writer, resultsWriter } = useWorkers({ computer: givenComputer, reader: givenReader }, state.docs);
  const files = useFiles({ core, shell, reader, loadExample });
  const edit = useEditing(core, computer);
  const { saveScenario, saveWorkspace, askingName } = useSave(core, shell, writer, lang);
  const exports = useExport({ core, shell, computer, resultsWriter, lang });
  const { jump, jumpTo, jumpToRow } = useJump(core);
  const present = () => setPresenting(true);

  useCommands(shell, {
    open: () => void files.open(), save: () => void saveScenario(), saveAs: () => void saveScenario(true),
    undo: edit.undo, redo: edit.redo, present, exportPdf: () => void exports.print(),
    exportResults: () => void exports.saveResults('values'),
    // The export menu's "formulas" item, reached from the desktop menu.
    exportResultsFormulas: () => void exports.saveResults('formulas'),
    langNl: () => setLang('nl'), langEn: () => setLang('en'),
    saveWorkbookNl: () => void saveScenario(false, 'nl'), saveWorkbookEn: () => void saveScenario(false, 'en'),
  });
  const dragging = useDrop(core, shell, files.applyOpened, reader.prepare);
  useWindow(core, shell, files.ready, lang);

  const { lane, current, busy, groups, problemCount, editorProblems, compareItems, resultView } = workbenchResults({
    state, doc, computer, t, jumpTo, editWhatIf: edit.editWhatIf,
  });
  const desktop = shell.kind === 'desktop';

  return (
    <I18nProvider lang={lang}>
      <div className={dragging ? 'app dragging' : 'app'}>
        {/* While presenting, the workbench is not rendered: one what-if panel, one set of ids. */}
        {!(presenting && doc && current) && (
          <>
            <a className="skip" href="#main">{t('ui.skipToContent')}</a>
            {doc && state.view === 'dashboard' && <SkipToWhatIf />}
            <Toolbar desktop={desktop} doc={doc} resultOk={!!current?.outcome.ok} exportBusy={exports.exporting !== null}
              withUncertainty={current !== null && exports.hasUncertainty(current.effective)}
              actions={{
                open: () => void files.open(), save: () => void saveScenario(), saveWorkspace: () => void saveWorkspace(),
                saveIn: (l) => void saveScenario(false, l),
                exportResults: (form) => void exports.saveResults(form), print: () => void exports.print(),
                proposal: exports.proposal,
                undo: edit.undo, redo: edit.redo, snapshot: edit.snapshot, present,
                applyPlanning: (d, next) => edit.editScenario(d.id, next, `planning-${Date.now()}`), setLang,
              }} />
            <TabsRow docs={state.docs} activeId={state.activeId} view={state.view} problemCount={problemCount}
              onActivate={edit.activate} onClose={edit.closeDoc} onView={edit.setView} />

            <p className="notice" role="status" aria-live="polite" data-testid="notice">{notice}</p>
            {files.reading.map((r) => <BusyIndicator key={`${r.name}-${r.since}`} since={r.since} {...readingStatus(i18n, r.name, r.progress)} />)}
            {busy && lane && <BusyIndicator since={lane.since} />}
            {exports.exporting && <BusyIndicator since={exports.exporting.since} label={t('ui.export.writing')} />}
            <FailedImports failed={files.failed} onDismiss={files.dismissFailed} />

            <MainArea state={state} doc={doc} ready={files.ready} desktop={desktop} current={current} busy={busy}
              resultView={resultView} groups={groups} editorProblems={editorProblems} compareItems={compareItems}
              jump={jump} recent={files.recent} onOpenRecent={(p) => void files.openRecent(p)} onPng={exports.savePng}
              onRow={jumpToRow} onView={edit.setView} onUncertainty={exports.onUncertainty}
              onEdit={(d, next, key) => edit.editScenario(d.id, next, key)}
              onCompare={(ids) => dispatch({ type: 'setCompare', ids })} />
          </>
        )}
        {presenting && doc && resultView && (
          <Presentation
            {...resultView}
            name={doc.name}
            position={{ index: state.docs.findIndex((d) => d.id === doc.id) + 1, count: state.docs.length }}
            onStep={edit.stepDoc}
            onExit={() => setPresenting(false)}
            {...(busy && lane ? { busySince: lane.since } : {})}
          />
        )}
        {askingName && <SaveAsDialog suggested={askingName.suggested} onDone={askingName.answer} />}
        {dragging && <div className="drop-hint" aria-hidden="true">{t('ui.dropHere')}</div>}
      </div>
    </I18nProvider>
  );
}
