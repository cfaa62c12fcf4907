// The application menu in Dutch or English. Commands the page handles (open, save, undo, present,
// ...) are sent to the renderer as MenuCommands; clipboard, zoom and full screen use Electron roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../engine/i18n/index';
import type { MenuCommand } from '../engine/shell-api';
import { msg } from './messages';

export interface MenuActions {
  send(cmd: MenuCommand): void;
  openRecent(file: string): void;
  about(): void;
}

export function buildMenuTemplate(
  lang: Lang,
  actions: MenuActions,
  recent: readonly string[],
  platform: string = process.platform,
): MenuItemConstructorOptions[] {
  const l = (key: string) => msg(lang, `shell.menu.${key}`);
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: l(label),
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(command),
  });
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: l('noRecent'), enabled: false }]
      : recent.map((file) => ({ label: file, click: () => actions.openRecent(file) }));

  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({ label: 'Koppelkans', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'quit', label: l('quit') }] });
  }
  template.push(
    {
      label: l('file'),
      submenu: [
        cmd('open', 'open', 'CmdOrCtrl+O'),
        { label: l('openRecent'), submenu: recentItems },
        { type: 'separator' },
        cmd('save', 'save', 'CmdOrCtrl+S'),
        cmd('saveAs', 'saveAs', 'CmdOrCtrl+Shift+S'),
        // Saving keeps a workbook's own language; these two change it, each as a new file.
        cmd('saveWorkbookNl', 'saveWorkbookNl'),
        cmd('saveWorkbookEn', 'saveWorkbookEn'),
        { type: 'separator' },
        cmd('exportResults', 'exportResults', 'CmdOrCtrl+E'),
        // The same results as live formulas; Shift+E next to the values form's Ctrl+E.
        cmd('exportResultsFormulas', 'exportResultsFormulas', 'CmdOrCtrl+Shift+E'),
        cmd('exportPdf', 'exportPdf', 'CmdOrCtrl+P'),
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l('quit') } as const]),
      ],
    },
    {
      label: l('edit'),
      submenu: [
        // Undo and redo act on the workbench's own history (every edit), not a text field's.
        cmd('undo', 'undo', 'CmdOrCtrl+Z'),
        cmd('redo', 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { role: 'cut', label: l('cut') },
        { role: 'copy', label: l('copy') },
        { role: 'paste', label: l('paste') },
        { role: 'selectAll', label: l('selectAll') },
      ],
    },
    {
      label: l('view'),
      submenu: [
        cmd('present', 'present', 'F5'),
        { type: 'separator' },
        { role: 'zoomIn', label: l('zoomIn') },
        { role: 'zoomOut', label: l('zoomOut') },
        { role: 'resetZoom', label: l('resetZoom') },
        { role: 'togglefullscreen', label: l('fullscreen') },
        { type: 'separator' },
        {
          label: l('language'),
          submenu: [
            { label: 'Nederlands', type: 'radio', checked: lang === 'nl', click: () => actions.send('langNl') },
            { label: 'English', type: 'radio', checked: lang === 'en', click: () => actions.send('langEn') },
          ],
        },
      ],
    },
    { label: l('help'), submenu: [{ label: l('about'), click: () => actions.about() }] },
  );
  return template;
}
