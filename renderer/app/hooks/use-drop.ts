// A file dropped anywhere on the window is opened; while one is dragged over, a hint shows, and
// `prepare` readies the reader (its worker and planning pool start loading before the drop).
import { useEffect, useState } from 'react';
import type { OpenedFile } from '../../../engine/shell-api';
import type { Shell } from '../shell/types';
import type { Core } from './core';

export function useDrop(core: Pick<Core, 'i18n' | 'setNotice'>, shell: Shell, applyOpened: (file: OpenedFile) => Promise<void>,
  prepare?: () => void): boolean {
  const { i18n, setNotice } = core;
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
      prepare?.();
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
  }, [shell, applyOpened, i18n, setNotice, prepare]);
  return dragging;
}
