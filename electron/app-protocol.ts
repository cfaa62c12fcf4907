// Serves the built renderer (renderer/dist) under app://koppelkans/. Only files inside that folder
// are served, every response carries the strict CSP, and anything else is a 404: no remote content.
import * as path from 'node:path';
import type { FileSystem } from './fs-port';
import { APP_HOST, APP_SCHEME } from './ipc';
import { CSP } from './security';

/** Registered before the app is ready, so app:// behaves like https (relative URLs, module
 *  scripts, fetch of the bundled example) without being a network origin. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false },
} as const;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

/** The file under root that an app:// URL names, or null when it lies outside (or is foreign). */
export function resolveAppPath(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const file = path.resolve(root, '.' + rel);
  const rootResolved = path.resolve(root);
  if (file !== rootResolved && !file.startsWith(rootResolved + path.sep)) return null;
  return file;
}

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/** The protocol.handle handler: a Response for every request. */
export function appProtocolHandler(fs: FileSystem, root: string) {
  return async (request: { url: string; method?: string }): Promise<Response> => {
    if (request.method !== undefined && request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders('text/plain') });
    }
    const file = resolveAppPath(root, request.url);
    const info = file === null ? null : await fs.stat(file).catch(() => null);
    if (file === null || !info?.isFile) {
      return new Response('Not found', { status: 404, headers: securityHeaders('text/plain') });
    }
    const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const bytes = await fs.readFile(file);
    return new Response(bytes as unknown as BodyInit, { status: 200, headers: securityHeaders(type) });
  };
}
