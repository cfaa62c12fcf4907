// The workbench: open scenarios as tabs, a dashboard, input editors, problems, comparison and a
// presentation mode, around one reducer whose every edit can be undone.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Lang } from '../../engine/i18n/index';
import type { MenuCommand, OpenedFile } from '../../engine/shell-api';
import type { Problem } from '../../engine/problems';
import type { Scenario } from '../../engine/scenario/schema';
import { applyWhatIf, emptyWhatIf, type WhatIf } from '../dashboard/whatif';
import { locate } from '../../engine/workbook/read';
import { browserComputer, browserWorkerFactory, makeReader, makeResultsWriter, makeWriter, type Computer, type Entry, type Reader } from './compute/computer';
import { BusyIndicator } from './views/BusyIndicator';
import type { JumpTarget } from './editor/SheetTable';
import { InputEditor } from './editor/InputEditor';
import { liveResult } from './fix/last-valid';
import { DocTabs } from './views/DocTabs';
import { SkipToWhatIf } from './fix/SkipToWhatIf';
import { openBytes, openBytesWith, baseName, type OpenOutcome } from './files';
import { I18nProvider, makeI18n, storeLang } from './i18n';
import type { Shell } from './shell/types';
import {
  activeDoc, canRedo, canUndo, initialAppState, isDirty, reduce, snapshotDoc, type AppState, type Doc, type View,
} from './state/documents';
import { writeWorkspace } from './state/workspace';
import { CompareView, type CompareItem } from './views/CompareView';
import { DashboardView } from './views/DashboardView';
import type { ResultViewProps } from './views/result-view';
import { Presentation } from './views/Presentation';
import { ProblemsView, type ProblemGroup } from './views/ProblemsView';
import type { ResultsForm } from './compute/results-export';
import { ExportMenu } from './views/ExportMenu';
import { PlanningImport } from './planning/PlanningImport';
import type { AnalysisResult } from '../../engine/uncertainty/protocol';
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

interface FailedImport {
  id: string;
  name: string;
  problems: Problem[];
  lang?: Lang;
}

/** The same bytes typed as the shell API wants them (an ArrayBuffer-backed view, no copy). */
const view = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength);

const views: View[] = ['dashboard', 'inputs', 'problems', 'compare'];

export function App({ shell, initialLang, loadExample, computer: givenComputer, reader: givenReader }: AppProps) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [state, dispatch] = useReducer(reduce, initialAppState);
  const [failed, setFailed] = useState<FailedImport[]>([]);
  const [presenting, setPresenting] = useState(false);
  const [jump, setJump] = useState<JumpTarget | null>(null);
  const [notice, setNotice] = useState('');
  const [recent, setRecent] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  const [dragging, setDragging] = useState(false);
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const { t } = i18n;
  const stateRef = useRef<AppState>(state);
  stateRef.current = state;
  const doc = activeDoc(state);
  const [computer] = useState<Computer>(() => givenComputer ?? browserComputer());
  const [reader] = useState<Reader>(() => givenReader ?? makeReader(browserWorkerFactory()));
  const [writer] = useState(() => makeWriter(browserWorkerFactory()));
  const [resultsWriter] = useState(() => makeResultsWriter(browserWorkerFactory()));
  // A results workbook being written (big ones in a worker): shown as busy, the export disabled.
  const [exporting, setExporting] = useState<{ since: number } | null>(null);
  const exportingRef = useRef(false);
  // Uncertainty runs by the exact scenario they analysed (the computed, what-if-applied one): the
  // results export adds their sheets only while the result on screen is of that same scenario.
  const uncertaintyRuns = useRef(new WeakMap<Scenario, AnalysisResult>());
  const [, uncertaintyArrived] = useReducer((n: number) => n + 1, 0);
  const onUncertainty = useCallback((scenario: Scenario, result: AnalysisResult) => {
    uncertaintyRuns.current.set(scenario, result);
    uncertaintyArrived();
  }, []);
  // Workbooks being read (big ones read in a worker): shown as busy, like a computation.
  const [reading, setReading] = useState<{ name: string; since: number }[]>([]);
  // A worker answer re-renders the app, which then reads the new result from the store.
  const [, resultArrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => computer.subscribe(resultArrived), [computer]);
  // Set when a file arrives from outside (file association, second launch) before start-up is done:
  // then the bundled example is not opened as well.
  const openedFromOutside = useRef(false);

  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    storeLang(l);
    document.documentElement.lang = l;
  }, []);

  // ---- opening -----------------------------------------------------------------------------
  const applyOpened = useCallback(async (file: OpenedFile, quiet = false) => {
    const mark = { name: file.name, since: performance.now() };
    setReading((list) => [...list, mark]);
    let r: OpenOutcome;
    try {
      r = await openBytesWith(file, reader);
    } finally {
      setReading((list) => list.filter((x) => x !== mark));
    }
    if (r.kind === 'scenario') {
      dispatch({ type: 'open', doc: r.doc });
      if (!quiet) setNotice(i18n.t('ui.notice.opened', { name: r.doc.name }));
    } else if (r.kind === 'workspace') {
      const anyDirty = stateRef.current.docs.some(isDirty);
      if (anyDirty) for (const d of r.docs) dispatch({ type: 'open', doc: d });
      else dispatch({ type: 'replaceAll', docs: r.docs, activeId: r.activeId });
      setNotice(i18n.t(r.migratedFrom ? 'ui.notice.workspaceMigrated' : 'ui.notice.workspaceOpened', { n: r.docs.length, version: r.migratedFrom ?? 0 }));
    } else if (r.doc) {
      // Readable, but the inputs break rules: open it anyway, so each problem jumps to its cell.
      dispatch({ type: 'open', doc: r.doc, view: 'problems' });
      setNotice(i18n.t('ui.notice.openedWithProblems', { name: r.name, n: r.problems.filter((p) => p.severity === 'error').length }));
    } else {
      setFailed((f) => [...f, { id: `${Date.now()}-${f.length}`, name: r.name, problems: r.problems, lang: r.lang }]);
      dispatch({ type: 'setView', view: 'problems' });
      setNotice(i18n.t('ui.notice.openFailed', { name: r.name, n: r.problems.length }));
    }
  }, [i18n, reader]);

  const open = useCallback(async () => {
    try {
      const f = await shell.openFile();
      if (f) await applyOpened(f);
    } catch (e) {
      setNotice(i18n.t('ui.notice.error', { detail: String(e) }));
    }
  }, [shell, applyOpened, i18n]);

  const openRecent = useCallback(async (path: string) => {
    const f = await shell.openRecent(path).catch(() => null);
    if (f) await applyOpened(f);
    else setNotice(i18n.t('ui.notice.recentGone', { path }));
  }, [shell, applyOpened, i18n]);

  // Files from outside the page: the file association, a second launch, Open recent in the menu.
  // The shell queues those that came before this handler and hands them over now.
  useEffect(() => shell.onOpenFile((file) => {
    openedFromOutside.current = true;
    void applyOpened(file);
  }), [shell, applyOpened]);

  // Start: a recovered workspace (autosave) or else the bundled example.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const recovered = await shell.takeRecovery().catch(() => null);
      if (cancelled) return;
      if (recovered) {
        const r = openBytes({ path: 'autosave.json', name: 'autosave.json', bytes: new TextEncoder().encode(recovered) });
        if (r.kind === 'workspace') {
          // A file opened from outside meanwhile stays open and in front.
          if (stateRef.current.docs.length > 0) {
            const front = stateRef.current.activeId;
            for (const d of r.docs) dispatch({ type: 'open', doc: d });
            if (front) dispatch({ type: 'activate', id: front });
          } else dispatch({ type: 'replaceAll', docs: r.docs, activeId: r.activeId });
          setNotice(i18n.t('ui.notice.restored', { n: r.docs.length }));
          setReady(true);
          return;
        }
      }
      if (!openedFromOutside.current) {
        const example = await loadExample().catch(() => null);
        if (cancelled) return;
        if (example && !openedFromOutside.current) await applyOpened(example, true);
      }
      setReady(true);
    })();
    shell.recentFiles().then(setRecent).catch(() => setRecent([]));
    return () => {
      cancelled = true;
    };
    // Once, at start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // ---- editing -----------------------------------------------------------------------------
  const editScenario = useCallback((id: string, next: Scenario, key: string) => {
    dispatch({ type: 'edit', id, update: (s) => ({ ...s, scenario: next }), key, at: Date.now() });
  }, []);
  const editWhatIf = useCallback((id: string, whatIf: WhatIf, key = 'whatif') => {
    dispatch({ type: 'edit', id, update: (s) => ({ ...s, whatIf }), key, at: Date.now() });
  }, []);
  const undo = useCallback(() => {
    const d = activeDoc(stateRef.current);
    if (d && canUndo(d)) dispatch({ type: 'undo', id: d.id });
  }, []);
  const redo = useCallback(() => {
    const d = activeDoc(stateRef.current);
    if (d && canRedo(d)) dispatch({ type: 'redo', id: d.id });
  }, []);

  // ---- saving and export ---------------------------------------------------------------------
  const saveScenario = useCallback(async (saveAs = false) => {
    const d = activeDoc(stateRef.current);
    if (!d) return;
    try {
      const bytes = await writer(d.present.scenario, lang);
      const r = await shell.save({
        ...(d.path && !saveAs ? { path: d.path } : {}),
        suggestedName: `${d.name}.xlsx`, bytes: view(bytes), kind: 'scenario',
      });
      if (r.ok) {
        dispatch({ type: 'saved', id: d.id, ...(shell.kind === 'desktop' ? { path: r.path, name: baseName(r.path) } : {}) });
        setNotice(i18n.t('ui.notice.saved', { name: `${d.name}.xlsx` }));
      } else if (!r.cancelled) setNotice(i18n.t('ui.notice.error', { detail: r.message ?? r.code ?? '' }));
    } catch (e) {
      setNotice(i18n.t('ui.notice.error', { detail: String(e) }));
    }
  }, [shell, lang, i18n, writer]);

  const saveWorkspace = useCallback(async () => {
    const s = stateRef.current;
    if (s.docs.length === 0) return;
    const bytes = new TextEncoder().encode(writeWorkspace(s.docs, s.activeId));
    const r = await shell.save({ suggestedName: `${i18n.t('ui.workspace.fileName')}.json`, bytes, kind: 'workspace' });
    if (r.ok) {
      for (const d of s.docs) dispatch({ type: 'saved', id: d.id });
      setNotice(i18n.t('ui.notice.workspaceSaved'));
    }
  }, [shell, i18n]);

  const saveResults = useCallback(async (form: ResultsForm = 'values') => {
    const d = activeDoc(stateRef.current);
    if (!d || exportingRef.current) return;
    const entry = computer.peek(d.present);
    if (!entry) {
      setNotice(i18n.t('ui.notice.stillComputing'));
      return;
    }
    const { effective, outcome } = entry;
    if (!outcome.ok) {
      setNotice(i18n.t('ui.notice.noResults'));
      return;
    }
    const uncertainty = form === 'values' ? uncertaintyRuns.current.get(effective) : undefined;
    const mark = { since: performance.now() };
    exportingRef.current = true;
    setExporting(mark);
    try {
      const bytes = await resultsWriter({ form, scenario: effective, result: outcome.result, lang, ...(uncertainty ? { uncertainty } : {}) });
      const name = i18n.t(form === 'formulas' ? 'ui.export.formulasName' : 'ui.export.resultsName', { name: d.name });
      const r = await shell.save({ suggestedName: name, bytes: view(bytes), kind: 'results' });
      if (r.ok) setNotice(i18n.t(uncertainty ? 'ui.notice.exportedUncertainty' : 'ui.notice.exported'));
      else if (!r.cancelled) setNotice(i18n.t('ui.notice.error', { detail: r.message ?? r.code ?? '' }));
    } catch (e) {
      setNotice(i18n.t('ui.notice.error', { detail: String(e) }));
    } finally {
      exportingRef.current = false;
      setExporting(null);
    }
  }, [shell, lang, i18n, computer, resultsWriter]);

  const savePng = useCallback((bytes: Uint8Array, name: string) => {
    void shell.save({ suggestedName: name.endsWith('.png') ? name : `${name}.png`, bytes: view(bytes), kind: 'png' });
  }, [shell]);

  const print = useCallback(async () => {
    const d = activeDoc(stateRef.current);
    dispatch({ type: 'setView', view: 'dashboard' });
    // Let the dashboard render before the print snapshot is taken.
    await new Promise((r) => setTimeout(r, 50));
    await shell.printToPdf(`${d?.name ?? 'Koppelkans'}.pdf`);
  }, [shell]);

  const snapshot = useCallback(() => {
    const d = activeDoc(stateRef.current);
    if (!d) return;
    const name = i18n.t('ui.snapshot.name', { name: d.name, n: stateRef.current.docs.length + 1 });
    const snap = snapshotDoc(d, name, applyWhatIf);
    dispatch({ type: 'open', doc: snap });
    setNotice(i18n.t('ui.notice.snapshot', { name }));
  }, [i18n]);

  const closeDoc = useCallback((d: Doc) => {
    if (isDirty(d) && !window.confirm(i18n.t('ui.confirm.closeUnsaved', { name: d.name }))) return;
    dispatch({ type: 'close', id: d.id });
    computer.drop(d.id);
  }, [i18n, computer]);

  const setView = useCallback((view: View) => dispatch({ type: 'setView', view }), []);
  const present = useCallback(() => setPresenting(true), []);

  // ---- commands: keyboard and the shell's menu ---------------------------------------------
  const commands = useRef<Record<MenuCommand, () => void>>(null!);
  commands.current = {
    open: () => void open(), save: () => void saveScenario(), saveAs: () => void saveScenario(true), undo, redo,
    present, exportPdf: () => void print(), exportResults: () => void saveResults('values'),
    // The export menu's "formulas" item, reached from the desktop menu.
    exportResultsFormulas: () => void saveResults('formulas'),
    langNl: () => setLang('nl'), langEn: () => setLang('en'),
  };
  useEffect(() => shell.onMenu((cmd) => commands.current[cmd]()), [shell]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const k = e.key.toLowerCase();
      const target = e.target as HTMLElement | null;
      // A cell with text being typed keeps the browser's own undo of that text.
      const typing = target?.dataset?.draft === 'true';
      if (mod && !e.shiftKey && k === 'o') commands.current.open();
      else if (mod && k === 's') commands.current[e.shiftKey ? 'saveAs' : 'save']();
      else if (mod && !e.shiftKey && k === 'z' && !typing) commands.current.undo();
      else if (mod && ((e.shiftKey && k === 'z') || (!e.shiftKey && k === 'y')) && !typing) commands.current.redo();
      else if (mod && e.shiftKey && k === 'p') commands.current.present();
      else if (e.key === 'F5' && shell.kind === 'desktop') commands.current.present();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shell]);

  // ---- drop a file anywhere on the window -------------------------------------------------
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      setDragging(false);
      for (const f of files) {
        shell.openDropped(f).then((o) => o && applyOpened(o)).catch((err) => setNotice(i18n.t('ui.notice.error', { detail: String(err) })));
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [shell, applyOpened, i18n]);

  // Workers of closed or replaced documents end with them.
  useEffect(() => {
    computer.retain(new Set(state.docs.map((d) => d.id)));
  }, [computer, state.docs]);

  // ---- autosave, window state, leaving with unsaved changes ---------------------------------
  const anyDirty = state.docs.some(isDirty);
  useEffect(() => {
    if (!ready || state.docs.length === 0) return;
    const timer = setTimeout(() => {
      void shell.autosave(writeWorkspace(stateRef.current.docs, stateRef.current.activeId)).catch(() => {});
    }, 400);
    return () => clearTimeout(timer);
  }, [state.docs, state.activeId, ready, shell]);
  useEffect(() => {
    shell.setWindowState(doc ? `${doc.name} – Koppelkans` : 'Koppelkans', anyDirty, lang);
  }, [shell, doc?.name, anyDirty, lang]);
  useEffect(() => {
    if (!anyDirty || shell.kind === 'desktop') return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyDirty, shell]);

  // Notices are a status line that clears itself; the same text stays in the screen reader's log.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(''), 8000);
    return () => clearTimeout(timer);
  }, [notice]);

  // ---- results and problems -----------------------------------------------------------------
  // The active document's result: ready, or being computed in the worker (then the previous result
  // stays on screen, marked as out of date, with a busy indicator).
  const lane = doc ? computer.resolve(doc.id, doc.present) : null;
  const current: Entry | null = lane ? (lane.entry ?? lane.stale) : null;
  const busy = lane?.busy ?? false;
  // Problems of inputs just read from a workbook name its own rows and columns.
  const located = (ps: readonly Problem[]): Problem[] =>
    doc?.sources && doc.sourcesOf === doc.present.scenario ? ps.map((p) => locate(p, doc.sources!)) : [...ps];
  const jumpTo = useCallback((p: { sheet?: string; index?: number; field?: string }) => {
    if (!p.sheet) return;
    setJump({ sheet: p.sheet, index: p.index, field: p.field, seq: Date.now() });
    dispatch({ type: 'setView', view: 'inputs' });
  }, []);
  const jumpToRow = useCallback((sheet: string, id: string) => {
    const d = activeDoc(stateRef.current);
    if (!d) return;
    const rows = (d.present.scenario as unknown as Record<string, { id?: string }[] | undefined>)[sheet];
    const index = rows?.findIndex((r) => r.id === id) ?? -1;
    jumpTo({ sheet, index: Math.max(0, index), field: 'id' });
  }, [jumpTo]);

  const groups: ProblemGroup[] = [
    ...failed.map((f) => ({
      id: f.id, title: t('ui.problems.failedImport', { name: f.name }), problems: f.problems, lang: f.lang,
      onDismiss: () => setFailed((all) => all.filter((x) => x.id !== f.id)),
    })),
    ...(doc && current && !current.outcome.ok
      ? [{ id: 'current', title: t('ui.problems.current', { name: doc.name }), problems: located(current.outcome.problems), onJump: jumpTo }] : []),
    ...(doc && current && current.outcome.ok && current.outcome.warnings.length > 0
      ? [{ id: 'warnings', title: t('ui.problems.warnings', { name: doc.name }), problems: located(current.outcome.warnings), onJump: jumpTo }] : []),
    ...(doc && doc.problems.length > 0
      ? [{ id: 'import', title: t('ui.problems.import', { name: doc.name }), problems: doc.problems, onJump: jumpTo }] : []),
  ];
  const problemCount = groups.reduce((n, g) => n + g.problems.filter((p) => p.severity === 'error').length, 0);
  const editorProblems = current && !current.outcome.ok ? current.outcome.problems : (current?.outcome.ok ? current.outcome.warnings : []);

  const compareItems: CompareItem[] = state.compareIds
    .map((id) => state.docs.find((d) => d.id === id))
    .filter((d): d is Doc => d !== undefined)
    .map((d) => {
      const v = computer.resolve(d.id, d.present);
      const r = v.entry ?? v.stale;
      return { id: d.id, name: d.name, scenario: r?.effective ?? d.present.scenario, result: r?.outcome.ok ? r.outcome.result : null };
    });

  // The dashboard and the presentation show the same result with the same what-if controls.
  const resultView: ResultViewProps | null = doc && current ? {
    outcome: current.outcome,
    scenario: current.effective,
    baseScenario: doc.present.scenario,
    whatIf: doc.present.whatIf,
    onWhatIf: (w) => editWhatIf(doc.id, w),
    onReset: () => editWhatIf(doc.id, emptyWhatIf, 'whatif-reset'),
  } : null;

  const stepDoc = useCallback((delta: number) => {
    const s = stateRef.current;
    const i = s.docs.findIndex((d) => d.id === s.activeId);
    const next = s.docs[(i + delta + s.docs.length) % s.docs.length];
    if (next) dispatch({ type: 'activate', id: next.id });
  }, []);

  return (
    <I18nProvider lang={lang}>
      <div className={dragging ? 'app dragging' : 'app'}>
        {/* While presenting, the workbench is not rendered: one what-if panel, one set of ids. */}
        {!(presenting && doc && current) && (
          <>
        <a className="skip" href="#main">{t('ui.skipToContent')}</a>
        {doc && state.view === 'dashboard' && <SkipToWhatIf />}
        <header className="topbar">
          <h1 className="brand">Koppelkans</h1>
          <nav className="toolbar" aria-label={t('ui.toolbar')}>
            <button type="button" onClick={() => void open()} title={t('ui.shortcut', { keys: 'Ctrl+O' })} data-testid="open">{t('ui.action.open')}</button>
            <button type="button" onClick={() => void saveScenario()} disabled={!doc} title={t('ui.shortcut', { keys: 'Ctrl+S' })} data-testid="save">{t('ui.action.saveWorkbook')}</button>
            <button type="button" onClick={() => void saveWorkspace()} disabled={!doc} data-testid="save-workspace">{t('ui.action.saveWorkspace')}</button>
            <ExportMenu disabled={!current?.outcome.ok} busy={exporting !== null}
              withUncertainty={current !== null && uncertaintyRuns.current.has(current.effective)}
              onExport={(form) => void saveResults(form)}
              {...(shell.kind === 'desktop' ? { keys: { values: 'Ctrl+E', formulas: 'Ctrl+Shift+E' } } : {})} />
            <button type="button" onClick={() => void print()} disabled={!current?.outcome.ok}>{t('ui.action.print')}</button>
            <span className="sep" aria-hidden="true" />
            <button type="button" onClick={undo} disabled={!doc || !canUndo(doc)} title={t('ui.shortcut', { keys: 'Ctrl+Z' })} data-testid="undo">{t('ui.action.undo')}</button>
            <button type="button" onClick={redo} disabled={!doc || !canRedo(doc)} title={t('ui.shortcut', { keys: 'Ctrl+Y' })} data-testid="redo">{t('ui.action.redo')}</button>
            <button type="button" onClick={snapshot} disabled={!doc} data-testid="snapshot">{t('ui.action.snapshot')}</button>
            {doc && <PlanningImport key={doc.id} scenario={doc.present.scenario} onApply={(next) => editScenario(doc.id, next, `planning-${Date.now()}`)} />}
            <button type="button" onClick={present} disabled={!current?.outcome.ok} title={t('ui.shortcut', { keys: shell.kind === 'desktop' ? 'F5' : 'Ctrl+Shift+P' })} data-testid="present">{t('ui.action.present')}</button>
            <label className="lang">
              <span className="sr-only">{t('ui.language')}</span>
              <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="language">
                <option value="nl">Nederlands</option>
                <option value="en">English</option>
              </select>
            </label>
          </nav>
        </header>

        <nav className="tabs-row" aria-label={t('ui.views')}>
          <div className="doc-tabs">
            <DocTabs docs={state.docs} activeId={state.activeId} label={t('ui.openScenarios')}
              unsaved={t('ui.unsaved')} closeLabel={(name) => t('ui.action.close', { name })} isDirty={isDirty}
              onActivate={(id) => dispatch({ type: 'activate', id })} onClose={closeDoc} />
          </div>
          <div className="view-tabs" role="tablist" aria-label={t('ui.views')}>
            {views.map((v) => (
              <button key={v} type="button" role="tab" aria-selected={state.view === v} data-testid={`view-${v}`} onClick={() => setView(v)}>
                {t(`ui.view.${v}`)}{v === 'problems' && problemCount > 0 ? ` (${problemCount})` : ''}
              </button>
            ))}
          </div>
        </nav>

        <p className="notice" role="status" aria-live="polite" data-testid="notice">{notice}</p>
        {reading.map((r) => <BusyIndicator key={`${r.name}-${r.since}`} since={r.since} label={t('ui.compute.reading', { name: r.name })} />)}
        {busy && lane && <BusyIndicator since={lane.since} />}
        {exporting && <BusyIndicator since={exporting.since} label={t('ui.export.writing')} />}

        <main id="main" tabIndex={-1}>
          {!ready && <p>{t('ui.loading')}</p>}
          {ready && state.docs.length === 0 && state.view !== 'problems' && (
            <section className="empty">
              <p>{t('ui.empty')}</p>
              {recent.length > 0 && (
                <>
                  <h2>{t('ui.recent')}</h2>
                  <ul>{recent.map((p) => <li key={p}><button type="button" className="linklike" onClick={() => void openRecent(p)}>{p}</button></li>)}</ul>
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
              onPng={savePng}
              onRow={jumpToRow}
              onShowProblems={() => setView('problems')}
              onUncertainty={onUncertainty}
            />
          )}
          {doc && state.view === 'inputs' && (
            <InputEditor scenario={doc.present.scenario} problems={editorProblems} jump={jump} live={current ? liveResult(doc.id, current.outcome, current.effective) : null}
              onChange={(next, key) => editScenario(doc.id, next, key)} />
          )}
          {state.view === 'problems' && <ProblemsView groups={groups} />}
          {state.view === 'compare' && (
            <CompareView items={compareItems} candidates={state.docs.map((d) => ({ id: d.id, name: d.name }))}
              chosen={state.compareIds} onChoose={(ids) => dispatch({ type: 'setCompare', ids })} />
          )}
          {shell.kind === 'desktop' && recent.length > 0 && state.docs.length > 0 && state.view === 'dashboard' && (
            <details className="recent">
              <summary>{t('ui.recent')}</summary>
              <ul>{recent.map((p) => <li key={p}><button type="button" className="linklike" onClick={() => void openRecent(p)}>{p}</button></li>)}</ul>
            </details>
          )}
        </main>
          </>
        )}
        {presenting && doc && resultView && (
          <Presentation
            {...resultView}
            name={doc.name}
            position={{ index: state.docs.findIndex((d) => d.id === doc.id) + 1, count: state.docs.length }}
            onStep={stepDoc}
            onExit={() => setPresenting(false)}
            {...(busy && lane ? { busySince: lane.since } : {})}
          />
        )}
        {dragging && <div className="drop-hint" aria-hidden="true">{t('ui.dropHere')}</div>}
      </div>
    </I18nProvider>
  );
}
