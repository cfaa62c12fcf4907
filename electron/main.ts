// The Electron main process: wires the Electron-free pieces (ShellCore, IPC checks, security
// guards, app:// protocol, menus) to Electron's modules. Kept thin on purpose; the logic and its
// tests live in the modules it imports.
import * as path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { Lang } from '../engine/i18n/index';
import type { MenuCommand } from '../engine/shell-api';
import { appProtocolHandler, appSchemePrivileges } from './app-protocol';
import { electronDialogs } from './dialogs';
import { nodeFileSystem } from './fs-port';
import { APP_ORIGIN, APP_SCHEME, MENU_CHANNEL, OPEN_FILE_CHANNEL, registerIpc, type Rejection } from './ipc';
import { buildMenuTemplate } from './menu';
import { guardContents, isAllowedExternal, secureWebPreferences } from './security';
import { ShellCore, ShellError, windowTitle } from './shell-core';

export const APP_ID = 'nl.koppelkans.app';
export const START_URL = `${APP_ORIGIN}/index.html`;

// Must happen before 'ready': app:// then resolves relative URLs and loads module scripts.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

export function initialLang(locale: string): Lang {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Workbooks handed over on the command line (file association, "Open with Koppelkans"). */
export function filesFromArgv(argv: readonly string[], cwd: string = process.cwd()): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && /\.xlsx$/i.test(a))
    .map((a) => path.resolve(cwd, a));
}

function log(what: string, detail: unknown): void {
  console.warn(`[koppelkans] ${what}:`, detail instanceof Error ? detail.message : detail);
}

export async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  let lang: Lang = initialLang(app.getLocale());
  let win: BrowserWindow | null = null;
  let state = { title: '', dirty: false };
  let closeAfterSave = false;
  let allowClose = false;
  let loaded = false;
  const queuedOpens: string[] = filesFromArgv(process.argv);

  const dialogs = electronDialogs(() => win);
  const core = new ShellCore({ fs: nodeFileSystem, dialogs, userDataDir: app.getPath('userData'), lang: () => lang });

  const openInBrowser = (url: string) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    else log('external link refused', url);
  };

  const sendMenu = (cmd: MenuCommand) => win?.webContents.send(MENU_CHANNEL, cmd);

  const pushOpen = (file: string) => {
    if (!win || !loaded) {
      queuedOpens.push(file);
      return;
    }
    core.openPath(file).then(
      (opened) => win?.webContents.send(OPEN_FILE_CHANNEL, opened),
      (e: unknown) => dialog.showErrorBox('Koppelkans', e instanceof ShellError ? e.message : String(e)),
    );
  };

  const rebuildMenu = () => {
    const template = buildMenuTemplate(
      lang,
      {
        send: (cmd) => {
          if (cmd === 'langNl' || cmd === 'langEn') {
            lang = cmd === 'langNl' ? 'nl' : 'en';
            rebuildMenu();
          }
          sendMenu(cmd);
        },
        openRecent: pushOpen,
        about: () => {
          void dialog.showMessageBox({ type: 'info', title: 'Koppelkans', message: `Koppelkans ${app.getVersion()}` });
        },
      },
      core.recent.all(),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  // macOS hands files over by event, Windows and Linux by a second launch's argv.
  app.on('open-file', (e, file) => {
    e.preventDefault();
    pushOpen(file);
  });
  app.on('second-instance', (_e, argv, cwd) => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    for (const f of filesFromArgv(argv, cwd)) pushOpen(f);
  });
  // Every webContents, the main window's and any other, gets the navigation guards.
  app.on('web-contents-created', (_e, contents) => guardContents(contents, openInBrowser));
  app.on('window-all-closed', () => app.quit());

  let cleaned = false;
  let stopAutosave: () => void = () => undefined;
  app.on('will-quit', (e) => {
    if (cleaned) return;
    e.preventDefault();
    stopAutosave();
    core.autosaver
      .cleanExit()
      .catch((err: unknown) => log('clean exit', err))
      .finally(() => {
        cleaned = true;
        app.quit();
      });
  });

  await app.whenReady();
  await core.start(new Date());

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.on('will-download', (e) => e.preventDefault());
  // Offline: nothing leaves the machine, whatever a page or a library tries.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] }, (_d, cb) =>
    cb({ cancel: true }),
  );
  protocol.handle(APP_SCHEME, appProtocolHandler(nodeFileSystem, path.join(app.getAppPath(), 'renderer', 'dist')));

  const onRejected = (r: Rejection) => log(`IPC ${r.channel} refused (${r.reason})`, r.detail);
  registerIpc(
    ipcMain,
    { current: () => win?.webContents ?? null },
    {
      'koppelkans:openFile': () => core.openFile(),
      'koppelkans:openDropped': (file) => core.openPath(file),
      'koppelkans:save': async (req) => {
        const result = await core.save(req);
        if (!result.ok) closeAfterSave = false;
        if (result.ok) rebuildMenu();
        return result;
      },
      'koppelkans:recentFiles': () => core.recentFiles(),
      'koppelkans:openRecent': (file) => core.openRecent(file),
      'koppelkans:autosave': async ({ workspaceJson }) => {
        core.autosaver.submit(workspaceJson);
      },
      'koppelkans:takeRecovery': async () => core.autosaver.takeRecovery(),
      'koppelkans:printToPdf': (name) =>
        core.exportPdf(name, async () => {
          if (!win) throw new Error('no window');
          // The page's print stylesheet turns the dashboard into the report.
          const pdf = await win.webContents.printToPDF({
            pageSize: 'A4',
            printBackground: true,
            preferCSSPageSize: true,
            generateTaggedPDF: true,
            generateDocumentOutline: true,
          });
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        }),
      'koppelkans:openExternal': async (url) => openInBrowser(url),
    },
    {
      'koppelkans:setWindowState': (next) => {
        state = { title: next.title, dirty: next.dirty };
        if (next.lang && next.lang !== lang) {
          lang = next.lang;
          rebuildMenu();
        }
        win?.setTitle(windowTitle(state.title, state.dirty));
        if (process.platform === 'darwin') win?.setDocumentEdited(state.dirty);
        if (closeAfterSave && !state.dirty) {
          allowClose = true;
          win?.close();
        }
      },
    },
    onRejected,
  );

  win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Koppelkans',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(path.join(app.getAppPath(), 'electron', 'dist', 'preload.cjs')),
  });
  const w = win;
  w.once('ready-to-show', () => w.show());
  w.on('blur', () => {
    core.autosaver.flush().catch((e: unknown) => log('autosave', e));
  });
  w.on('close', (e) => {
    if (!state.dirty || allowClose) return;
    e.preventDefault();
    void dialogs.confirmClose(lang).then((choice) => {
      if (choice === 'save') {
        closeAfterSave = true;
        sendMenu('save');
      } else if (choice === 'discard') {
        allowClose = true;
        w.close();
      }
    });
  });
  w.on('closed', () => {
    win = null;
  });
  w.webContents.on('did-finish-load', () => {
    loaded = true;
    for (const f of queuedOpens.splice(0)) pushOpen(f);
  });
  stopAutosave = core.autosaver.schedule(globalThis, (e) => log('autosave', e));
  rebuildMenu();
  await w.loadURL(START_URL);
}

export const ready: Promise<void> = main().catch((e: unknown) => {
  log('start failed', e);
  dialog.showErrorBox('Koppelkans', e instanceof Error ? e.message : String(e));
  app.quit();
});
