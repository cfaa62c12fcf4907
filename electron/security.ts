// The lock-down in one place: the window's web preferences, the Content-Security-Policy sent with
// every app:// response, the allow-list for links opened in the system browser, and the guards
// that stop the page navigating away or opening windows.
import { isAppUrl } from './ipc';

export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    experimentalFeatures: false,
  } as const;
}

/** No remote origin anywhere: the app is offline. Inline styles stay allowed because recharts
 *  sets style attributes; scripts do not. blob: covers the engine's Web Worker and chart PNGs. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self' data: blob:"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"],
];
export const CSP = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** Hosts whose pages may open in the system browser (https only): the method's sources. */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [
  'www.rioned.org',
  'www.riool.net',
  'www.rijksoverheid.nl',
  'www.helpdeskwater.nl',
  'www.kennisportaalklimaatadaptatie.nl',
  'github.com',
];

export function isAllowedExternal(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.protocol === 'https:' &&
    u.username === '' &&
    u.password === '' &&
    u.port === '' &&
    EXTERNAL_ALLOW_LIST.includes(u.hostname.toLowerCase())
  );
}

/** What the guards need of a webContents. */
export interface NavigationEvent {
  preventDefault(): void;
  url?: string;
}
export interface GuardableContents {
  // Electron's listeners take (event, url, ...) for will-navigate and will-redirect.
  on(event: string, listener: (e: NavigationEvent, url?: string) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Navigation stays inside app://; window.open is always denied; an allowed link goes to the
 *  system browser instead. */
export function guardContents(contents: GuardableContents, openExternal: (url: string) => void): void {
  const onNavigate = (e: NavigationEvent, url?: string) => {
    const target = url ?? e.url ?? '';
    if (isAppUrl(target)) return;
    e.preventDefault();
    if (isAllowedExternal(target)) openExternal(target);
  };
  contents.on('will-navigate', onNavigate);
  contents.on('will-redirect', onNavigate);
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) openExternal(url);
    return { action: 'deny' };
  });
}
