// The desktop shell adapter: every answer from the preload is checked with the shared zod schemas,
// so a mismatch between the two sides shows up as an error here, not as a strange state later.
import {
  autosaveSchema, openedFileSchema, saveRequestSchema, saveResultSchema, windowStateSchema, menuCommandSchema,
  type ShellApi,
} from '../../../engine/shell-api';
import type { Shell } from './types';

const openedOrNull = openedFileSchema.nullable();

export function desktopShell(api: ShellApi): Shell {
  return {
    kind: 'desktop',
    openFile: async () => openedOrNull.parse(await api.openFile()),
    openDropped: async (file) => openedOrNull.parse(await api.openDropped(file)),
    save: async (req) => saveResultSchema.parse(await api.save(saveRequestSchema.parse(req))),
    recentFiles: async () => {
      const list = await api.recentFiles();
      return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
    },
    openRecent: async (path) => openedOrNull.parse(await api.openRecent(path)),
    setWindowState: (title, dirty, lang) => api.setWindowState(windowStateSchema.parse({ title: title.slice(0, 500), dirty, lang })),
    autosave: (workspaceJson) => api.autosave(autosaveSchema.parse({ workspaceJson })),
    takeRecovery: async () => {
      const r = await api.takeRecovery();
      return typeof r === 'string' ? r : null;
    },
    printToPdf: async (name) => saveResultSchema.parse(await api.printToPdf(name)),
    onMenu: (handler) => api.onMenu((cmd) => {
      const parsed = menuCommandSchema.safeParse(cmd);
      if (parsed.success) handler(parsed.data);
    }),
    // An older preload has no onOpenFile: then nothing arrives from outside.
    onOpenFile: (handler) => api.onOpenFile?.((file) => {
      const parsed = openedFileSchema.safeParse(file);
      if (parsed.success) handler(parsed.data);
    }) ?? (() => {}),
  };
}
