// Jumps from a problem or a result row to its cell in the input editor.
import { useCallback, useState } from 'react';
import type { JumpTarget } from '../editor/SheetTable';
import { activeDoc } from '../state/documents';
import type { Core } from './core';

export function useJump({ dispatch, stateRef }: Pick<Core, 'dispatch' | 'stateRef'>) {
  const [jump, setJump] = useState<JumpTarget | null>(null);
  const jumpTo = useCallback((p: { sheet?: string; index?: number; field?: string }) => {
    if (!p.sheet) return;
    setJump({ sheet: p.sheet, index: p.index, field: p.field, seq: Date.now() });
    dispatch({ type: 'setView', view: 'inputs' });
  }, [dispatch]);
  const jumpToRow = useCallback((sheet: string, id: string) => {
    const d = activeDoc(stateRef.current);
    if (!d) return;
    const rows = (d.present.scenario as unknown as Record<string, { id?: string }[] | undefined>)[sheet];
    const index = rows?.findIndex((r) => r.id === id) ?? -1;
    jumpTo({ sheet, index: Math.max(0, index), field: 'id' });
  }, [jumpTo, stateRef]);
  return { jump, jumpTo, jumpToRow };
}
