// The native dialogs behind the Dialogs interface.
import { dialog, type BrowserWindow } from 'electron';
import type { Lang } from '../engine/i18n/index';
import { msg } from './messages';
import type { CloseChoice, Dialogs, SaveKind } from './shell-core';

function filtersFor(lang: Lang, kind: SaveKind) {
  switch (kind) {
    case 'scenario':
    case 'results':
      return [{ name: msg(lang, 'shell.filter.workbook'), extensions: ['xlsx'] }];
    case 'workspace':
      return [{ name: msg(lang, 'shell.filter.workspace'), extensions: ['json'] }];
    case 'png':
      return [{ name: msg(lang, 'shell.filter.png'), extensions: ['png'] }];
    case 'pdf':
      return [{ name: msg(lang, 'shell.filter.pdf'), extensions: ['pdf'] }];
  }
}

export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async chooseOpen(lang) {
      const w = window();
      const options = {
        title: msg(lang, 'shell.dialog.open'),
        properties: ['openFile' as const],
        filters: [
          { name: msg(lang, 'shell.filter.workbook'), extensions: ['xlsx'] },
          { name: msg(lang, 'shell.filter.workspace'), extensions: ['json'] },
        ],
      };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseSave(kind, suggestedName, lang) {
      const w = window();
      const options = {
        title: msg(lang, kind === 'pdf' ? 'shell.dialog.savePdf' : 'shell.dialog.save'),
        defaultPath: suggestedName,
        filters: filtersFor(lang, kind),
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async confirmClose(lang): Promise<CloseChoice> {
      const w = window();
      const options = {
        type: 'warning' as const,
        title: msg(lang, 'shell.close.title'),
        message: msg(lang, 'shell.close.message'),
        detail: msg(lang, 'shell.close.detail'),
        buttons: [msg(lang, 'shell.close.save'), msg(lang, 'shell.close.discard'), msg(lang, 'shell.close.cancel')],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      };
      const r = w ? await dialog.showMessageBox(w, options) : await dialog.showMessageBox(options);
      return r.response === 0 ? 'save' : r.response === 1 ? 'discard' : 'cancel';
    },
  };
}
