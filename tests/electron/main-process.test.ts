// Loads electron/main with a recording stand-in for the `electron` module (the real binary cannot
// run here) and checks what it asks of Electron: the window's web preferences, the app:// page,
// the navigation and window-open guards, the permission and network locks, the IPC checks, the
// close prompt and the crash marker.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from './helpers';

const rec = vi.hoisted(() => {
  type L = (...args: any[]) => any;
  class Emitter {
    listeners = new Map<string, L[]>();
    on(ev: string, l: L) {
      this.listeners.set(ev, [...(this.listeners.get(ev) ?? []), l]);
      return this;
    }
    once(ev: string, l: L) {
      return this.on(ev, l);
    }
    emit(ev: string, ...args: unknown[]) {
      return (this.listeners.get(ev) ?? []).map((l) => l(...args));
    }
  }
  class FakeContents extends Emitter {
    mainFrame = { url: 'app://koppelkans/index.html' };
    sent: [string, unknown][] = [];
    windowOpenHandler: ((d: { url: string }) => unknown) | null = null;
    setWindowOpenHandler(h: (d: { url: string }) => unknown) {
      this.windowOpenHandler = h;
    }
    send(ch: string, arg: unknown) {
      this.sent.push([ch, arg]);
    }
    async printToPDF() {
      return Buffer.from('%PDF-1.7');
    }
  }
  const state = {
    dirs: { userData: '', appPath: '' },
    windows: [] as any[],
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, L>(),
    ipc: new Map<string, L>(),
    menus: [] as unknown[],
    opened: [] as string[],
    messageBoxes: [] as any[],
    messageBoxAnswer: 1,
    permissionRequest: null as L | null,
    permissionCheck: null as L | null,
    beforeRequest: null as { filter: { urls: string[] }; l: L } | null,
    sessionEvents: new Emitter(),
    quitCalls: 0,
  };
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: () => true,
    setAppUserModelId: () => undefined,
    getLocale: () => 'nl-NL',
    getPath: (name: string) => (name === 'userData' ? state.dirs.userData : '/nonexistent'),
    getAppPath: () => state.dirs.appPath,
    getVersion: () => '0.1.0',
    whenReady: () => Promise.resolve(),
    quit: () => {
      state.quitCalls++;
    },
  });
  class BrowserWindow extends Emitter {
    webContents = new FakeContents();
    title = '';
    loadedUrl = '';
    closeCalls = 0;
    constructor(public options: any) {
      super();
      state.windows.push(this);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
    setTitle(t: string) {
      this.title = t;
    }
    setDocumentEdited() {}
    show() {}
    focus() {}
    isMinimized() {
      return false;
    }
    restore() {}
    close() {
      this.closeCalls++;
      const e = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
      this.emit('close', e);
      return e;
    }
  }
  const electron = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => state.privileged.push(...s),
      handle: (scheme: string, h: L) => state.protocolHandlers.set(scheme, h),
    },
    ipcMain: {
      handle: (ch: string, l: L) => state.ipc.set(ch, l),
      on: (ch: string, l: L) => state.ipc.set(ch, l),
    },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: unknown) => state.menus.push(m),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: L) => (state.permissionRequest = h),
        setPermissionCheckHandler: (h: L) => (state.permissionCheck = h),
        on: (ev: string, l: L) => state.sessionEvents.on(ev, l),
        webRequest: { onBeforeRequest: (filter: { urls: string[] }, l: L) => (state.beforeRequest = { filter, l }) },
      },
    },
    shell: { openExternal: async (url: string) => void state.opened.push(url) },
    dialog: {
      showMessageBox: async (_w: unknown, o: unknown) => {
        state.messageBoxes.push(o);
        return { response: state.messageBoxAnswer };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showErrorBox: () => undefined,
    },
  };
  return { state, electron, FakeContents };
});

vi.mock('electron', () => ({ ...rec.electron, default: rec.electron }));

const s = rec.state;
let win: any;

beforeAll(async () => {
  s.dirs.userData = tempDir('koppelkans-userdata-');
  s.dirs.appPath = tempDir('koppelkans-app-');
  fs.mkdirSync(path.join(s.dirs.appPath, 'renderer', 'dist'), { recursive: true });
  fs.writeFileSync(path.join(s.dirs.appPath, 'renderer', 'dist', 'index.html'), '<!doctype html><title>K</title>');
  const mod = await import('../../electron/main');
  await mod.ready;
  win = s.windows[0];
  // What Electron does for every webContents, the main window's included.
  s.windows.length && (await Promise.all(rec.electron.app.emit('web-contents-created', {}, win.webContents)));
});

afterAll(() => {
  vi.resetModules();
});

describe('electron/main with a recording electron module', () => {
  it('opens one window with locked-down web preferences', () => {
    expect(s.windows).toHaveLength(1);
    const wp = win.options.webPreferences;
    expect(wp).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(wp.preload).toBe(path.join(s.dirs.appPath, 'electron', 'dist', 'preload.cjs'));
  });

  it('loads the renderer from app://koppelkans through the registered protocol', async () => {
    expect(win.loadedUrl).toBe('app://koppelkans/index.html');
    expect(s.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    const handler = s.protocolHandlers.get('app')!;
    const ok: Response = await handler({ url: 'app://koppelkans/index.html', method: 'GET' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    const escape: Response = await handler({ url: 'app://koppelkans/..%2F..%2Fetc%2Fpasswd', method: 'GET' });
    expect(escape.status).toBe(404);
  });

  it('blocks navigation away from the app, sending allowed links to the system browser', () => {
    const wc = win.webContents;
    const nav = (url: string) => {
      let prevented = false;
      wc.emit('will-navigate', { preventDefault: () => (prevented = true), url }, url);
      return prevented;
    };
    expect(nav('https://evil.example/')).toBe(true);
    expect(nav('file:///etc/passwd')).toBe(true);
    expect(nav('https://www.rioned.org/kennis')).toBe(true);
    expect(nav('app://koppelkans/index.html')).toBe(false);
    let redirected = false;
    wc.emit('will-redirect', { preventDefault: () => (redirected = true) }, 'https://evil.example/');
    expect(redirected).toBe(true);
    let webview = false;
    wc.emit('will-attach-webview', { preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
    expect(s.opened).toEqual(['https://www.rioned.org/kennis']);
  });

  it('denies every window.open, opening only allow-listed https links externally', () => {
    const h = win.webContents.windowOpenHandler!;
    expect(h({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(h({ url: 'http://www.rioned.org/' })).toEqual({ action: 'deny' });
    expect(h({ url: 'https://github.com/' })).toEqual({ action: 'deny' });
    expect(h({ url: 'app://koppelkans/index.html' })).toEqual({ action: 'deny' });
    expect(s.opened).toEqual(['https://www.rioned.org/kennis', 'https://github.com/']);
  });

  it('refuses permissions, downloads and every network request', () => {
    let granted: boolean | undefined;
    s.permissionRequest!({}, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(s.permissionCheck!({}, 'clipboard-read')).toBe(false);
    let downloadPrevented = false;
    s.sessionEvents.emit('will-download', { preventDefault: () => (downloadPrevented = true) });
    expect(downloadPrevented).toBe(true);
    expect(s.beforeRequest!.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    let answer: unknown;
    s.beforeRequest!.l({ url: 'https://cdn.example/x.js' }, (r: unknown) => (answer = r));
    expect(answer).toEqual({ cancel: true });
  });

  it('checks IPC senders: the window passes, a foreign frame does not', async () => {
    const recent = s.ipc.get('koppelkans:recentFiles')!;
    await expect(recent({ sender: win.webContents, senderFrame: win.webContents.mainFrame })).resolves.toEqual([]);
    await expect(recent({ sender: new rec.FakeContents(), senderFrame: { url: 'app://koppelkans/' } })).rejects.toThrow(/foreign sender/);
    await expect(recent({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, 'extra')).rejects.toThrow(/malformed/);
  });

  it('shows unsaved changes in the title; closing asks, and Cancel keeps the window', async () => {
    const setState = s.ipc.get('koppelkans:setWindowState')!;
    const ev = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    setState(ev, { title: 'Vier testwijken', dirty: true });
    expect(win.title).toBe('• Vier testwijken — Koppelkans');
    s.messageBoxAnswer = 2;
    const e = win.close();
    expect(e.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(s.messageBoxes).toHaveLength(1));
    // Dutch system locale: the prompt is Dutch.
    expect(s.messageBoxes[0]).toMatchObject({ buttons: ['Opslaan', 'Niet opslaan', 'Annuleren'], cancelId: 2 });
    await new Promise((r) => setTimeout(r, 10));
    expect(win.closeCalls).toBe(1);
  });

  it('"Save" in the close prompt asks the page to save and closes once it is clean', async () => {
    const setState = s.ipc.get('koppelkans:setWindowState')!;
    const ev = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    s.messageBoxAnswer = 0;
    win.webContents.sent.length = 0;
    expect(win.close().defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(win.webContents.sent).toEqual([['koppelkans:menu', 'save']]));
    expect(win.closeCalls).toBe(2);
    // The page saved and reports a clean state: the shell closes the window itself, unprompted.
    setState(ev, { title: 'Vier testwijken', dirty: false });
    expect(win.title).toBe('Vier testwijken — Koppelkans');
    expect(win.closeCalls).toBe(3);
    expect(s.messageBoxes).toHaveLength(2);
  });

  it('builds a Dutch menu with the usual shortcuts and sends commands to the page', () => {
    const template = s.menus.at(-1) as any[];
    const items = template.flatMap((m: any) => m.submenu ?? []);
    const acc = (label: string) => items.find((i: any) => i.label === label)?.accelerator;
    expect(acc('Openen…')).toBe('CmdOrCtrl+O');
    expect(acc('Opslaan')).toBe('CmdOrCtrl+S');
    expect(acc('Opslaan als…')).toBe('CmdOrCtrl+Shift+S');
    expect(acc('Ongedaan maken')).toBe('CmdOrCtrl+Z');
    expect(acc('Opnieuw')).toBe('CmdOrCtrl+Y');
    expect(acc('Presenteren')).toBe('F5');
    win.webContents.sent.length = 0;
    items.find((i: any) => i.label === 'Presenteren').click();
    expect(win.webContents.sent).toEqual([['koppelkans:menu', 'present']]);
  });

  it('sends both results exports to the page: values with Ctrl+E, live formulas with Ctrl+Shift+E', () => {
    const items = (s.menus.at(-1) as any[]).flatMap((m: any) => m.submenu ?? []);
    const values = items.find((i: any) => i.label === 'Resultaten exporteren…');
    const formulas = items.find((i: any) => i.label === 'Resultaten exporteren met formules…');
    expect(values.accelerator).toBe('CmdOrCtrl+E');
    expect(formulas.accelerator).toBe('CmdOrCtrl+Shift+E');
    win.webContents.sent.length = 0;
    formulas.click();
    values.click();
    expect(win.webContents.sent).toEqual([['koppelkans:menu', 'exportResultsFormulas'], ['koppelkans:menu', 'exportResults']]);
  });

  it('marks the session as running and removes the marker on a clean quit', async () => {
    const marker = path.join(s.dirs.userData, 'autosave', 'session-running.marker');
    expect(fs.existsSync(marker)).toBe(true);
    let prevented = false;
    rec.electron.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(s.quitCalls).toBeGreaterThan(0));
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('"Don\'t save" in the close prompt closes without saving (fresh start of main)', async () => {
    vi.resetModules();
    s.dirs.userData = tempDir('koppelkans-userdata-');
    const mod = await import('../../electron/main');
    await mod.ready;
    const w = s.windows[1];
    const ev = { sender: w.webContents, senderFrame: w.webContents.mainFrame };
    s.ipc.get('koppelkans:setWindowState')!(ev, { title: 'x', dirty: true, lang: 'en' });
    s.messageBoxAnswer = 1;
    const boxes = s.messageBoxes.length;
    expect(w.close().defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(w.closeCalls).toBe(2));
    // The page said English: the prompt follows it.
    expect(s.messageBoxes[boxes]).toMatchObject({ buttons: ['Save', "Don't save", 'Cancel'] });
    expect(w.webContents.sent).toEqual([]);
  });
});

describe('start-up helpers of electron/main', () => {
  it('takes workbooks from the command line (file association) and ignores switches and other files', async () => {
    const { filesFromArgv, initialLang } = await import('../../electron/main');
    expect(filesFromArgv(['koppelkans', '--no-sandbox', 'wijk.xlsx', '/data/B.XLSX', 'notes.txt', '.'], '/home/u')).toEqual([
      '/home/u/wijk.xlsx',
      '/data/B.XLSX',
    ]);
    expect(initialLang('nl-NL')).toBe('nl');
    expect(initialLang('en-GB')).toBe('en');
    expect(initialLang('de-DE')).toBe('nl');
  });
});
