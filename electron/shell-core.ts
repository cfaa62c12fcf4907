// The main process's file handlers, free of Electron: everything they touch comes through the
// FileSystem and Dialogs interfaces, so Node tests run them as they run in the app.
import * as path from 'node:path';
import type { Lang } from '../engine/i18n/index';
import type { OpenedFile, SaveRequest, SaveResult } from '../engine/shell-api';
import { atomicWrite, removeStaleTemps } from './atomic-write';
import { Autosaver } from './autosave';
import { errorCode, type FileSystem } from './fs-port';
import { msg } from './messages';
import { RecentFiles, samePath } from './recent-files';
import { saveFailure } from './save-errors';

export type SaveKind = SaveRequest['kind'] | 'pdf';
export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface Dialogs {
  chooseOpen(lang: Lang): Promise<string | null>;
  chooseSave(kind: SaveKind, suggestedName: string, lang: Lang): Promise<string | null>;
  confirmClose(lang: Lang): Promise<CloseChoice>;
}

export const MAX_OPEN_BYTES = 100 * 1024 * 1024;
export const openableExtensions = ['.xlsx', '.json'] as const;
export const extensionFor: Record<SaveKind, string> = {
  scenario: '.xlsx',
  results: '.xlsx',
  workspace: '.json',
  png: '.png',
  pdf: '.pdf',
};

/** An error whose message is meant for the user (the renderer shows it as it is). */
export class ShellError extends Error {
  override name = 'ShellError';
}

export interface ShellCoreDeps {
  fs: FileSystem;
  dialogs: Dialogs;
  userDataDir: string;
  lang: () => Lang;
}

export class ShellCore {
  readonly recent: RecentFiles;
  readonly autosaver: Autosaver;
  /** Paths the user chose (dialog, drop, recent, file association): the only ones a plain Save
   *  may overwrite, so a compromised renderer cannot write wherever it likes. */
  private readonly chosen: string[] = [];

  constructor(private readonly deps: ShellCoreDeps) {
    this.recent = new RecentFiles(deps.fs, deps.userDataDir);
    this.autosaver = new Autosaver(deps.fs, path.join(deps.userDataDir, 'autosave'));
  }

  async start(now: Date): Promise<void> {
    await this.recent.load();
    await this.autosaver.start(now);
  }

  private remember(file: string): void {
    if (!this.chosen.some((p) => samePath(p, file))) this.chosen.push(file);
  }

  isChosen(file: string): boolean {
    return this.chosen.some((p) => samePath(p, file)) || this.recent.has(file);
  }

  async openFile(): Promise<OpenedFile | null> {
    const file = await this.deps.dialogs.chooseOpen(this.deps.lang());
    return file === null ? null : this.openPath(file);
  }

  async openRecent(file: string): Promise<OpenedFile | null> {
    // Only what the list holds: the renderer cannot use this to read arbitrary files.
    if (!this.recent.has(file)) return null;
    return this.openPath(file);
  }

  /** Reads a workbook or workspace the user pointed at (dialog, drop, recent, association). */
  async openPath(file: string): Promise<OpenedFile> {
    const lang = this.deps.lang();
    const name = path.basename(file);
    const ext = path.extname(file).toLowerCase();
    if (!path.isAbsolute(file) || !(openableExtensions as readonly string[]).includes(ext)) {
      throw new ShellError(msg(lang, 'shell.open.wrongType'));
    }
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      const info = await this.deps.fs.stat(file);
      if (!info?.isFile) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      if (info.size > MAX_OPEN_BYTES) throw new ShellError(msg(lang, 'shell.open.tooLarge', { name }));
      bytes = await this.deps.fs.readFile(file);
    } catch (e) {
      if (e instanceof ShellError) throw e;
      throw new ShellError(msg(lang, 'shell.open.failed', { name, code: errorCode(e) ?? 'EUNKNOWN' }));
    }
    this.remember(file);
    await this.recent.add(file).catch(() => undefined);
    return { path: file, name, bytes };
  }

  async save(req: SaveRequest): Promise<SaveResult> {
    const lang = this.deps.lang();
    let target: string | null = null;
    if (req.path !== undefined && this.isChosen(req.path) && hasExtension(req.path, req.kind)) {
      target = req.path;
    } else {
      // Save as, or a plain Save to a path the user never chose: ask where.
      target = await this.deps.dialogs.chooseSave(req.kind, req.suggestedName, lang);
      if (target === null) return { ok: false, cancelled: true };
      target = withExtension(target, req.kind);
    }
    const result = await this.writeTo(target, req.bytes, lang);
    if (result.ok && (req.kind === 'scenario' || req.kind === 'workspace')) {
      await this.recent.add(target).catch(() => undefined);
    }
    return result;
  }

  /** Asks where, renders the PDF (the caller's printToPDF), and writes it atomically. */
  async exportPdf(suggestedName: string, render: () => Promise<Uint8Array>): Promise<SaveResult> {
    const lang = this.deps.lang();
    const chosen = await this.deps.dialogs.chooseSave('pdf', suggestedName, lang);
    if (chosen === null) return { ok: false, cancelled: true };
    const target = withExtension(chosen, 'pdf');
    return this.writeTo(target, await render(), lang);
  }

  private async writeTo(target: string, bytes: Uint8Array, lang: Lang): Promise<SaveResult> {
    try {
      await atomicWrite(this.deps.fs, target, bytes);
    } catch (e) {
      return saveFailure(lang, target, e);
    }
    await removeStaleTemps(this.deps.fs, target).catch(() => undefined);
    this.remember(target);
    return { ok: true, path: target };
  }

  recentFiles(): Promise<string[]> {
    return this.recent.existing();
  }
}

export function hasExtension(file: string, kind: SaveKind): boolean {
  return path.extname(file).toLowerCase() === extensionFor[kind];
}

export function withExtension(file: string, kind: SaveKind): string {
  return hasExtension(file, kind) ? file : file + extensionFor[kind];
}

/** Window title: the scenario, a dot while there are unsaved changes, and the app's name. */
export function windowTitle(title: string, dirty: boolean): string {
  // The page may already end its title with the app's name; say it once.
  const own = title.trim().replace(/^[•*]\s*/, '').replace(/\s*[-–—]?\s*Koppelkans$/, '').trim();
  const base = own === '' ? 'Koppelkans' : `${own} — Koppelkans`;
  return dirty ? `• ${base}` : base;
}
