// The one API the page gets (window.koppelkans), built over ipcRenderer. Outgoing messages are
// validated here as well as in main, so a mistake in the page fails at once with a zod message;
// incoming pushes (menu commands, opened files) are validated before they reach the page.
import {
  autosaveSchema,
  externalUrlSchema,
  menuCommandSchema,
  openedFileSchema,
  saveRequestSchema,
  windowStateSchema,
  type OpenedFile,
  type ShellApi,
} from '../engine/shell-api';
import { MENU_CHANNEL, OPEN_FILE_CHANNEL, type InvokeChannel } from './ipc';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createShellApi(ipc: IpcRendererLike, getPathForFile: (file: File) => string): ShellApi {
  const invoke = <T>(channel: InvokeChannel, ...args: unknown[]) => ipc.invoke(channel, ...args) as Promise<T>;

  // Files pushed before the page registered its handler wait here, so a double-clicked workbook
  // is not lost while React is still mounting.
  const queued: OpenedFile[] = [];
  let openHandler: ((file: OpenedFile) => void) | null = null;
  ipc.on(OPEN_FILE_CHANNEL, (_e, file) => {
    const parsed = openedFileSchema.safeParse(file);
    if (!parsed.success) return;
    if (openHandler) openHandler(parsed.data);
    else queued.push(parsed.data);
  });

  return {
    openFile: () => invoke('koppelkans:openFile'),
    async openDropped(file: File) {
      const p = getPathForFile(file);
      // A file without a path (dragged from another app's memory) cannot be opened by the shell.
      if (!p) return null;
      return invoke('koppelkans:openDropped', p);
    },
    save: (req) => invoke('koppelkans:save', saveRequestSchema.parse(req)),
    recentFiles: () => invoke('koppelkans:recentFiles'),
    openRecent: (file: string) => invoke('koppelkans:openRecent', file),
    setWindowState: (s) => ipc.send('koppelkans:setWindowState', windowStateSchema.parse(s)),
    autosave: (s) => invoke('koppelkans:autosave', autosaveSchema.parse(s)),
    takeRecovery: () => invoke('koppelkans:takeRecovery'),
    printToPdf: (suggestedName: string) => invoke('koppelkans:printToPdf', suggestedName),
    openExternal: (url: string) => invoke('koppelkans:openExternal', externalUrlSchema.parse(url)),
    onMenu(handler) {
      const listener = (_e: unknown, cmd: unknown) => {
        const parsed = menuCommandSchema.safeParse(cmd);
        if (parsed.success) handler(parsed.data);
      };
      ipc.on(MENU_CHANNEL, listener);
      return () => {
        ipc.removeListener(MENU_CHANNEL, listener);
      };
    },
    onOpenFile(handler) {
      openHandler = handler;
      for (const f of queued.splice(0)) handler(f);
      return () => {
        if (openHandler === handler) openHandler = null;
      };
    },
  };
}
