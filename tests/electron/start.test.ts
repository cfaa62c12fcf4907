// `npm start` without the Electron binary: one clear message naming `npm run web`, no stack
// trace, then the command line's results for the bundled example, with the CLI's exit status.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectron } from '../../electron/start.mjs';
import { tempDir } from './helpers';

const root = path.resolve(__dirname, '../..');

describe('electron/start.mjs', () => {
  it('finds no Electron in an empty override folder, and does not try to download one', () => {
    expect(findElectron({ ELECTRON_OVERRIDE_DIST_PATH: tempDir() })).toBeNull();
  });

  it('falls back to the command line with one message naming npm run web', () => {
    const r = spawnSync(process.execPath, ['electron/start.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: tempDir() },
      timeout: 120_000,
    });
    const all = r.stdout + r.stderr;
    expect(all.match(/npm run web/g)).toHaveLength(1);
    expect(all).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(all).not.toMatch(/Downloading Electron/);
    // The bundled example's results, and the CLI's own status.
    expect(r.stdout).toContain('Vier testwijken');
    const cli = spawnSync(process.execPath, ['cli/koppelkans.mjs', 'compute', 'scenarios/vier-testwijken.xlsx'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(cli.status);
    expect(r.stdout.endsWith(cli.stdout)).toBe(true);
  });
});
