// The workbench's place in its window: autosave for a restore, the title with its unsaved mark, and
// a warning before leaving the page with unsaved changes.
import { useEffect } from 'react';
import type { Lang } from '../../../engine/i18n/index';
import type { Shell } from '../shell/types';
import { activeDoc, isDirty } from '../state/documents';
import { writeWorkspace } from '../state/workspace';
import type { Core } from './core';

export function useWindow({ state, stateRef }: Pick<Core, 'state' | 'stateRef'>, shell: Shell, ready: boolean, lang: Lang): void {
  const anyDirty = state.docs.some(isDirty);
  const name = activeDoc(state)?.name;
  useEffect(() => {
    if (!ready || state.docs.length === 0) return;
    const timer = setTimeout(() => {
      void shell.autosave(writeWorkspace(stateRef.current.docs, stateRef.current.activeId)).catch(() => {});
    }, 400);
    return () => clearTimeout(timer);
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
