// Shared harness for browser tests: builds the interface once per test run (a lock file keeps
// parallel test files from building at the same time), serves renderer/dist on 127.0.0.1 on a free
// port with vite preview, and launches Debian's Chromium through playwright-core.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Scenario } from '../../engine/scenario/schema';
import { readWorkbook } from '../../engine/workbook/read';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const configFile = join(root, 'renderer', 'vite.config.ts');
export const distDir = join(root, 'renderer', 'dist');
export const artifacts = join(root, 'test-artifacts');
export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

const lockFile = join(root, 'renderer', '.e2e-build.lock');
const stampFile = join(distDir, '.e2e-built');
// A build newer than this is reused: every test file of one run shares it.
const FRESH_MS = 10 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The test files of one vitest run share its main process (their parent, or their own process
// when they run as threads): KK_E2E_REBUILD=1 rebuilds once per run, not once per file (a second
// build empties renderer/dist while another file's server is serving it).
const runId = String(process.ppid);

function fresh(): boolean {
  if (!existsSync(stampFile)) return false;
  const [atText, builtBy] = readFileSync(stampFile, 'utf8').split(' ');
  if (process.env.KK_E2E_REBUILD === '1') return builtBy === runId;
  return Date.now() - Number(atText) < FRESH_MS;
}

/** Builds renderer/dist unless a fresh build exists; only one process builds at a time. */
export async function buildOnce(): Promise<void> {
  for (;;) {
    if (fresh()) return;
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
    } catch {
      // Another test file is building; a stale lock (crashed build) is taken over after 3 minutes.
      if (existsSync(lockFile) && Date.now() - statSync(lockFile).mtimeMs > 180_000) rmSync(lockFile, { force: true });
      await sleep(500);
      continue;
    }
    try {
      if (fresh()) return;
      // Vitest sets NODE_ENV=test, and Vite then bundles React's development build (jsxDEV,
      // several times slower on big dashboards). The browser tests must test what ships.
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        await build({ configFile, logLevel: 'warn', mode: 'production' });
      } finally {
        if (nodeEnv === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = nodeEnv;
      }
      writeFileSync(stampFile, `${Date.now()} ${runId}`);
      return;
    } finally {
      rmSync(lockFile, { force: true });
    }
  }
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Does the current build contain this text (a catalogue key of a newer feature)? A test of a
 *  new feature asks for a rebuild when the build it would reuse predates it. */
export function builtWith(text: string): boolean {
  const dir = join(distDir, 'assets');
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes(text));
}

/** The built app served and open in a fresh Chromium 1280 px wide, once `ready` shows (by default
 *  the matrix: the dashboard's deferred second pass is drawn); rebuilt first when the build lacks
 *  `needs`. */
export async function openDashboard(
  needs: string, options: { height?: number; ready?: string } = {},
): Promise<{ served: Served; session: Session }> {
  if (!builtWith(needs)) process.env.KK_E2E_REBUILD = '1';
  const served = await serve();
  const session = await launch({ width: 1280, height: options.height ?? 720 });
  await session.page.goto(served.url);
  await session.page.waitForSelector(options.ready ?? '[data-chart="matrix"] svg.kk-matrix', { timeout: 60_000 });
  return { served, session };
}

/** The bundled example the app opens on, read as the app reads it. */
export function exampleScenario(): Scenario {
  const r = readWorkbook(new Uint8Array(readFileSync(join(root, 'scenarios', 'vier-testwijken.xlsx'))));
  if (!r.ok) throw new Error(`example does not read: ${r.problems.map((p) => p.code).join(', ')}`);
  return r.scenario;
}

/** Serves the built app on 127.0.0.1 on a free port. */
export async function serve(): Promise<Served> {
  await buildOnce();
  const server: PreviewServer = await preview({
    configFile, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  return { url, close: () => server.close() };
}

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page, for tests to assert there were none. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh Chromium with its own user-data-dir (a clean IndexedDB), at a projector's 1280×720. */
export async function launch(options: { width?: number; height?: number } = {}): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kk-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(artifacts, { recursive: true });
  return join(artifacts, `${name}.png`);
}
