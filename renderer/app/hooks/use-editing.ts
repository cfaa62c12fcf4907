// Edits of the active document, each undoable, and moving between documents and views.
import { useCallback } from 'react';
import type { Scenario } from '../../../engine/scenario/schema';
import { applyWhatIf, type WhatIf } from '../../dashboard/whatif';
import type { Computer } from '../compute/computer';
import { activeDoc, canRedo, canUndo, isDirty, snapshotDoc, type Doc, type View } from '../state/documents';
import type { Core } from './core';

export function useEditing(core: Core, computer: Computer) {
  const { dispatch, stateRef, i18n, setNotice } = core;
  const editScenario = useCallback((id: string, next: Scenario, key: string) => {
    dispatch({ type: 'edit', id, update: (s) => ({ ...s, scenario: next }), key, at: Date.now() });
  }, [dispatch]);
  const editWhatIf = useCallback((id: string, whatIf: WhatIf, key = 'whatif') => {
    dispatch({ type: 'edit', id, update: (s) => ({ ...s, whatIf }), key, at: Date.now() });
  }, [dispatch]);
  const undo = useCallback(() => {
    const d = activeDoc(stateRef.current);
    if (d && canUndo(d)) dispatch({ type: 'undo', id: d.id });
  }, [dispatch, stateRef]);
  const redo = useCallback(() => {
    const d = activeDoc(stateRef.current);
    if (d && canRedo(d)) dispatch({ type: 'redo', id: d.id });
  }, [dispatch, stateRef]);

  const snapshot = useCallback(() => {
    const d = activeDoc(stateRef.current);
    if (!d) return;
    const name = i18n.t('ui.snapshot.name', { name: d.name, n: stateRef.current.docs.length + 1 });
    const snap = snapshotDoc(d, name, applyWhatIf);
    dispatch({ type: 'open', doc: snap });
    setNotice(i18n.t('ui.notice.snapshot', { name }));
  }, [i18n, dispatch, stateRef, setNotice]);

  const closeDoc = useCallback((d: Doc) => {
    if (isDirty(d) && !window.confirm(i18n.t('ui.confirm.closeUnsaved', { name: d.name }))) return;
    dispatch({ type: 'close', id: d.id });
    computer.drop(d.id);
  }, [i18n, computer, dispatch]);

  const setView = useCallback((view: View) => dispatch({ type: 'setView', view }), [dispatch]);
  const activate = useCallback((id: string) => dispatch({ type: 'activate', id }), [dispatch]);

  const stepDoc = useCallback((delta: number) => {
    const s = stateRef.current;
    const i = s.docs.findIndex((d) => d.id === s.activeId);
    const next = s.docs[(i + delta + s.docs.length) % s.docs.length];
    if (next) dispatch({ type: 'activate', id: next.id });
  }, [dispatch, stateRef]);

  return { editScenario, editWhatIf, undo, redo, snapshot, closeDoc, setView, activate, stepDoc };
}
