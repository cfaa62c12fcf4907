// Builds the worker test page with vite (the app's own worker bundling), serves it on 127.0.0.1
// and opens it in Debian's Chromium through playwright-core. Shared by the Chromium test and the
// browser benchmark.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
const here = fileURLToPath(new URL('.', import.meta.url));

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export interface WorkerPage {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

export async function openWorkerPage(): Promise<WorkerPage> {
  const out = mkdtempSync(join(tmpdir(), 'kk-unc-page-'));
  await build({
    root: here, base: './', logLevel: 'warn', configFile: false,
    build: { outDir: out, emptyOutDir: true, minify: true },
    worker: { format: 'es' },
  });
  const server: Server = createServer((req, res) => {
    // The browser asks for a favicon on its own; there is none.
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(out, path === '/' ? 'index.html' : path);
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  return {
    page,
    errors,
    close: async () => {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(out, { recursive: true, force: true });
    },
  };
}
