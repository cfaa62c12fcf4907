// The built page under the shell's own headers: renderer/dist served through the app:// handler
// (over 127.0.0.1, since plain Chromium has no app:// scheme) with its strict CSP, in real
// Chromium. The workbench must start and compute the example without a single CSP violation or
// a request to another origin.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { appProtocolHandler } from '../../electron/app-protocol';
import { nodeFileSystem } from '../../electron/fs-port';
import { CSP } from '../../electron/security';
import { buildOnce, chromiumPath, distDir } from '../e2e/harness';

const hasChromium = fs.existsSync(chromiumPath);
if (!hasChromium) console.log(`tests/electron/csp-page.test.ts skipped: no Chromium at ${chromiumPath}`);

describe.skipIf(!hasChromium)('the built page under the shell CSP', () => {
  let server: http.Server;
  let base = '';
  let browser: Browser;

  beforeAll(async () => {
    await buildOnce();
    const handle = appProtocolHandler(nodeFileSystem, distDir);
    server = http.createServer(async (req, res) => {
      const r = await handle({ url: `app://koppelkans${req.url ?? '/'}`, method: req.method ?? 'GET' });
      res.writeHead(r.status, Object.fromEntries(r.headers.entries()));
      res.end(Buffer.from(await r.arrayBuffer()));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('starts and shows results with no CSP violation at all and no foreign request', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const violations: string[] = [];
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
    });
    const response = await page.goto(`${base}/index.html`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    // The example is computed and its headline shows euros.
    await page.waitForFunction(() => /€/.test(document.body.innerText), undefined, { timeout: 60_000 });
    await page.waitForTimeout(500);
    // The page sets zod to jitless before anything else (renderer/zod-jitless.ts), so not even zod's
    // eval probe reaches the policy: any violation at all is a fault.
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
