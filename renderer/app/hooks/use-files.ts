// Opening workbooks and workspaces: from the file picker, the recent list, outside the page (file
// association, second launch) and, at start, a recovered workspace or else the bundled example.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../engine/i18n/index';
import { problemCount } from '../../../engine/i18n/limits';
import type { OpenedFile } from '../../../engine/shell-api';
import type { Problem } from '../../../engine/problems';
import type { ReadProgress } from '../../../engine/workbook/read';
import type { Reader } from '../compute/computer';
import { openBytes, openBytesWith, type OpenOutcome } from '../files';
import type { Shell } from '../shell/types';
import { isDirty } from '../state/documents';
import type { Core } from './core';

/** A workbook that could not be read at all: its problems, and no document. */
export interface FailedImport {
  id: string;
  name: string;
  problems: Problem[];
  lang?: Lang;
}

/** A workbook being read, and the last stage its reader told. */
export interface Reading {
  name: string;
  since: number;
  progress?: ReadProgress;
}

interface Options {
  core: Core;
  shell: Shell;
  reader: Reader;
  loadExample: () => Promise<OpenedFile | null>;
}

export function useFiles({ core, shell, reader, loadExample }: Options) {
  const { dispatch, stateRef, i18n, setNotice } = core;
  const [failed, setFailed] = useState<FailedImport[]>([]);
  const [recent, setRecent] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  // Workbooks being read (big ones read in a worker): shown as busy, like a computation.
  const [reading, setReading] = useState<Reading[]>([]);
  // Set when a file arrives from outside (file association, second launch) before start-up is done:
  // then the bundled example is not opened as well.
  const openedFromOutside = useRef(false);

  const applyOpened = useCallback(async (file: OpenedFile, quiet = false) => {
    const since = performance.now();
    setReading((list) => [...list, { name: file.name, since }]);
    // Each stage the reader tells replaces this file's entry (found by its start time).
    const onProgress = (progress: ReadProgress) =>
      setReading((list) => list.map((x) => (x.since === since && x.name === file.name ? { ...x, progress } : x)));
    let r: OpenOutcome;
    try {
      r = await openBytesWith(file, reader, onProgress);
    } finally {
      setReading((list) => list.filter((x) => x.since !== since || x.name !== file.name));
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
      setNotice(i18n.t('ui.notice.openedWithProblems', { name: r.name, n: problemCount(i18n.lang, r.problems, 'error') }));
    } else {
      // Shown in a place of its own (FailedImports), whatever view is open: not under the Problems
      // of a scenario that has nothing to do with it.
      setFailed((f) => [...f, { id: `${Date.now()}-${f.length}`, name: r.name, problems: r.problems, lang: r.lang }]);
      setNotice(i18n.t('ui.notice.openFailed', { name: r.name, n: problemCount(i18n.lang, r.problems) }));
    }
  }, [i18n, reader, dispatch, stateRef, setNotice]);

  const open = useCallback(async () => {
    try {
      reader.prepare?.();
      const f = await shell.openFile();
      if (f) await applyOpened(f);
    } catch (e) {
      setNotice(i18n.t('ui.notice.error', { detail: String(e) }));
    }
  }, [shell, applyOpened, i18n, setNotice, reader]);

  const openRecent = useCallback(async (path: string) => {
    const f = await shell.openRecent(path).catch(() => null);
    if (f) await applyOpened(f);
    else setNotice(i18n.t('ui.notice.recentGone', { path }));
  }, [shell, applyOpened, i18n, setNotice]);

  const dismissFailed = useCallback((id: string) => setFailed((all) => all.filter((x) => x.id !== id)), []);

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

  return { applyOpened, open, openRecent, failed, dismissFailed, recent, ready, reading };
}
