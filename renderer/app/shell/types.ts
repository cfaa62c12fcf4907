// What the app needs from its surroundings. The desktop shell provides it through `window.koppelkans`
// (engine/shell-api.ts); a plain browser gets fallbacks: a file picker, a download, window.print().
import type { Lang } from '../../../engine/i18n/index';
import type { MenuCommand, OpenedFile, SaveRequest, SaveResult } from '../../../engine/shell-api';

export interface Shell {
  kind: 'desktop' | 'browser';
  openFile(): Promise<OpenedFile | null>;
  openDropped(file: File): Promise<OpenedFile | null>;
  save(req: SaveRequest): Promise<SaveResult>;
  recentFiles(): Promise<string[]>;
  openRecent(path: string): Promise<OpenedFile | null>;
  /** `lang`: the interface language, so the desktop shell's menus and dialogs follow it. */
  setWindowState(title: string, dirty: boolean, lang: Lang): void;
  /** Keeps the workspace for a restore after a crash or reload. */
  autosave(workspaceJson: string): Promise<void>;
  /** The autosaved workspace, once, at start. */
  takeRecovery(): Promise<string | null>;
  printToPdf(suggestedName: string): Promise<SaveResult>;
  onMenu(handler: (cmd: MenuCommand) => void): () => void;
  /** Files opened from outside the page (file association, second launch, Open recent in the
   *  menu); ones that arrived before the handler are delivered to it at once. */
  onOpenFile(handler: (file: OpenedFile) => void): () => void;
}
