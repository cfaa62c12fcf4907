// The workbench's place in its window: autosave for a restore, the title with its unsaved mark, and
// a warning before leaving the page with unsaved changes.
import { useEffect } from 'react';
import type { Lang } from '../../../engine/i18n/index';
import type { Shell } from '../shell/types';
import { activeDoc, isDirty } from '../state/documents';
import { writeWorkspace } from '../state/workspace';
import { isDragging, subscribeDragging } from '../../dashboard/dragging';
import type { Core } from './core';

/** How long the state must rest before it is written: a run of edits is written once. */
const AUTOSAVE_MS = 400;

export function useWindow({ state, stateRef }: Pick<Core, 'state' | 'stateRef'>, shell: Shell, ready: boolean, lang: Lang): void {
  const anyDirty = state.docs.some(isDirty);
  const name = activeDoc(state)?.name;
  useEffect(() => {
    if (!ready || state.docs.length === 0) return;
    let pending = true;
    const save = () => {
      pending = false;
      void shell.autosave(writeWorkspace(stateRef.current.docs, stateRef.current.activeId)).catch(() => {});
    };
    // Not while a what-if slider moves: on a city writing the workspace is a long task on the page
    // between two moves. The last state is written once the slider has stopped, or when the page
    // goes away first.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => { if (pending && !isDragging()) save(); }, AUTOSAVE_MS);
    };
    const stopped = subscribeDragging(() => { if (pending && !isDragging()) arm(); });
    const leaving = () => { if (pending) save(); };
    window.addEventListener('pagehide', leaving);
    arm();
    return () => {
      clearTimeout(timer);
      stopped();
      window.removeEventListener('pagehide', leaving);
    };
  }, [state.docs, state.activeId, ready, shell, stateRef]);
  useEffect(() => {
    shell.setWindowState(name ? `${name} – Koppelkans` : 'Koppelkans', anyDirty, lang);
  }, [shell, name, anyDirty, lang]);
  useEffect(() => {
    if (!anyDirty || shell.kind === 'desktop') return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyDirty, shell]);
}
