// The one API between the renderer and the desktop shell (Electron preload), as zod schemas so
// that both sides validate every message. The renderer never imports Electron: it sees
// `window.koppelkans` (typed by ShellApi) when the shell exists, and falls back to a file input and
// downloads in a plain browser.
import { z } from 'zod';

export const fileBytes = z.instanceof(Uint8Array);

export const openedFileSchema = z.object({
  path: z.string().min(1),
  name: z.string().min(1),
  bytes: fileBytes,
});
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const saveRequestSchema = z.object({
  /** Absent: ask where (save as). */
  path: z.string().min(1).optional(),
  suggestedName: z.string().min(1).max(255),
  bytes: fileBytes,
  kind: z.enum(['scenario', 'results', 'workspace', 'png']),
});
export type SaveRequest = z.infer<typeof saveRequestSchema>;

export const saveResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), path: z.string() }),
  z.object({ ok: z.literal(false), cancelled: z.boolean(), code: z.string().optional(), message: z.string().optional() }),
]);
export type SaveResult = z.infer<typeof saveResultSchema>;

// Append only: a command keeps its name and meaning ('exportResults' stays the values workbook),
// and an older page or preload simply drops a name its schema does not know.
export const menuCommands = [
  'open', 'save', 'saveAs', 'undo', 'redo', 'present', 'exportPdf', 'exportResults', 'langNl', 'langEn',
  'exportResultsFormulas', 'saveWorkbookNl', 'saveWorkbookEn',
] as const;
export const menuCommandSchema = z.enum(menuCommands);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

export const autosaveSchema = z.object({ workspaceJson: z.string().max(200_000_000) });
export const windowStateSchema = z.object({
  title: z.string().max(500),
  dirty: z.boolean(),
  /** The interface language, so the native menus and dialogs follow it. */
  lang: z.enum(['nl', 'en']).optional(),
});
export const externalUrlSchema = z.string().url().max(2000);

/** What the preload exposes as `window.koppelkans`. */
export interface ShellApi {
  openFile(): Promise<OpenedFile | null>;
  /** Read a file the user dropped on the window, by path (the preload resolves the path). */
  openDropped(file: File): Promise<OpenedFile | null>;
  save(req: SaveRequest): Promise<SaveResult>;
  recentFiles(): Promise<string[]>;
  openRecent(path: string): Promise<OpenedFile | null>;
  setWindowState(state: z.infer<typeof windowStateSchema>): void;
  autosave(state: z.infer<typeof autosaveSchema>): Promise<void>;
  /** A workspace left by a crash, offered once at start. */
  takeRecovery(): Promise<string | null>;
  printToPdf(suggestedName: string): Promise<SaveResult>;
  openExternal(url: string): Promise<void>;
  onMenu(handler: (cmd: MenuCommand) => void): () => void;
  /** Files opened from outside the page (file association, a second launch, the Open recent
   *  menu). Files that arrive before a handler is registered are queued and delivered to it. */
  onOpenFile?(handler: (file: OpenedFile) => void): () => void;
}
