// Commands reached from the keyboard and from the desktop shell's menu. The latest handlers are read
// through a ref, so the listeners are registered once.
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../engine/shell-api';
import type { Shell } from '../shell/types';

export type Commands = Record<MenuCommand, () => void>;

export function useCommands(shell: Shell, latest: Commands): void {
  const commands = useRef<Commands>(latest);
  commands.current = latest;
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
}
