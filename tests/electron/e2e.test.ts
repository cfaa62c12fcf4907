// End to end in the real Electron (open, save, PDF), through playwright-core's Electron driver.
// The binary cannot be downloaded on every machine; where it is missing the suite is skipped and
// says why. Native dialogs are answered by replacing them in the main process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { findElectron } from '../../electron/start.mjs';
import { tempDir } from './helpers';

const root = path.resolve(__dirname, '../..');
const electronPath = findElectron();
const rendererBuilt = () => fs.existsSync(path.join(root, 'renderer', 'dist', 'index.html'));

if (electronPath === null) {
  console.log(
    'tests/electron/e2e.test.ts skipped: the Electron binary is not installed (node_modules/electron/dist is ' +
      'missing; it is downloaded on first use, which needs the internet). The main process is covered by the ' +
      'Node tests in tests/electron/ instead.',
  );
}

describe.skipIf(electronPath === null)('Electron end to end: open, save, PDF', () => {
  let app: ElectronApplication;
  let page: Page;
  const work = tempDir('koppelkans-e2e-');

  beforeAll(async () => {
    if (!rendererBuilt()) spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
    const { buildShell } = await import('../../electron/build.mjs');
    await buildShell();
    app = await _electron.launch({
      executablePath: electronPath!,
      args: [root, `--user-data-dir=${path.join(work, 'userdata')}`, '--no-sandbox', '--disable-gpu'],
      cwd: root,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('the page runs from app:// with the shell API and no Node', async () => {
    expect(page.url()).toBe('app://koppelkans/index.html');
    const seen = await page.evaluate(() => ({
      api: Object.keys((window as unknown as { koppelkans: object }).koppelkans).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(seen.api).toContain('openFile');
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
  });

  it('opens a workbook chosen in the dialog', async () => {
    const file = path.join(work, 'vier-testwijken.xlsx');
    fs.copyFileSync(path.join(root, 'scenarios', 'vier-testwijken.xlsx'), file);
    await app.evaluate(({ dialog }, f) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [f] })) as typeof dialog.showOpenDialog;
    }, file);
    const opened = await page.evaluate(async () => {
      const r = await (window as unknown as { koppelkans: { openFile(): Promise<{ name: string; bytes: Uint8Array } | null> } }).koppelkans.openFile();
      return r && { name: r.name, size: r.bytes.byteLength };
    });
    expect(opened).toEqual({ name: 'vier-testwijken.xlsx', size: fs.statSync(file).size });
  });

  it('saves atomically to the chosen file', async () => {
    const target = path.join(work, 'kopie.xlsx');
    await app.evaluate(({ dialog }, f) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: f })) as typeof dialog.showSaveDialog;
    }, target);
    const result = await page.evaluate(async () =>
      (window as unknown as { koppelkans: { save(r: unknown): Promise<unknown> } }).koppelkans.save({
        suggestedName: 'kopie.xlsx',
        bytes: new Uint8Array([80, 75, 3, 4]),
        kind: 'scenario',
      }),
    );
    expect(result).toEqual({ ok: true, path: target });
    expect([...fs.readFileSync(target)]).toEqual([80, 75, 3, 4]);
  });

  it('prints the page to a PDF', async () => {
    const target = path.join(work, 'rapport.pdf');
    await app.evaluate(({ dialog }, f) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: f })) as typeof dialog.showSaveDialog;
    }, target);
    const result = await page.evaluate(async () =>
      (window as unknown as { koppelkans: { printToPdf(n: string): Promise<unknown> } }).koppelkans.printToPdf('rapport.pdf'),
    );
    expect(result).toEqual({ ok: true, path: target });
    expect(fs.readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the File menu writes the results workbook with live formulas', async () => {
    const target = path.join(work, 'resultaten met formules.xlsx');
    await app.evaluate(({ dialog }, f) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: f })) as typeof dialog.showSaveDialog;
    }, target);
    // Results are there when the toolbar's export is enabled.
    await expect.poll(() => page.getByTestId('export-results').isEnabled(), { timeout: 30_000 }).toBe(true);
    const label = await app.evaluate(({ Menu }) => {
      const item = Menu.getApplicationMenu()!.items
        .flatMap((m) => m.submenu?.items ?? [])
        .find((i) => i.accelerator === 'CmdOrCtrl+Shift+E');
      item!.click();
      return item!.label;
    });
    expect(['Resultaten exporteren met formules…', 'Export results with formulas…']).toContain(label);
    await expect.poll(() => fs.existsSync(target), { timeout: 30_000 }).toBe(true);
    const wb = XLSX.read(fs.readFileSync(target), { cellFormula: true });
    const first = wb.Sheets[wb.SheetNames[0]!]!;
    expect(Object.entries(first).filter(([a, c]) => !a.startsWith('!') && (c as XLSX.CellObject).f).length).toBeGreaterThan(20);
  });
});
