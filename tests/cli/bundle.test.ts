// The command line runs as an esbuild bundle (cli/dist, built by `npm install` through "prepare");
// its sources through tsx are the fallback when the bundle is missing or older than they are.
// Both are the same program: the same output for the same workbook.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleState } from '../../cli/bundle.mjs';
import { repo, runCli } from './run-cli';

const slow = 300_000;
const withoutTime = (json: string) => json.replace(/"computedAt": "[^"]*"/, '"computedAt": ""');

describe('the command line bundle', { timeout: slow }, () => {
  it('is built by npm install (prepare) and current when the tests run', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.prepare).toBe('node cli/build.mjs');
    expect(bundleState()).toBe('current');
  });

  it('gives the same --json as the TypeScript sources through tsx, without the fallback note', async () => {
    const args = ['compute', 'scenarios/vier-testwijken.xlsx', '--json'];
    const [bundled, source] = await Promise.all([runCli(args), runCli(args, { KOPPELKANS_FROM_SOURCE: '1' })]);
    expect(bundled.code, bundled.stderr).toBe(0);
    expect(source.code, source.stderr).toBe(0);
    expect(bundled.stderr).toBe('');
    expect(withoutTime(bundled.stdout)).toBe(withoutTime(source.stdout));
  });

  it('is missing without dist/, stale once a source is newer or gone, current otherwise', async () => {
    const root = mkdtempSync(join(tmpdir(), 'koppelkans-bundle-'));
    mkdirSync(join(root, 'cli', 'dist'), { recursive: true });
    copyFileSync(join(repo, 'cli', 'bundle.mjs'), join(root, 'cli', 'bundle.mjs'));
    const state = async (n: number): Promise<string> =>
      ((await import(`${pathToFileURL(join(root, 'cli', 'bundle.mjs')).href}?${n}`)) as { bundleState: () => string }).bundleState();
    expect(await state(0)).toBe('missing');
    const past = new Date(Date.now() - 60_000);
    writeFileSync(join(root, 'src.ts'), 'export {};\n');
    utimesSync(join(root, 'src.ts'), past, past);
    writeFileSync(join(root, 'cli', 'dist', 'sources.json'), JSON.stringify(['src.ts']));
    writeFileSync(join(root, 'cli', 'dist', 'main.mjs'), 'export {};\n');
    expect(await state(1)).toBe('current');
    utimesSync(join(root, 'src.ts'), new Date(), new Date(Date.now() + 60_000));
    expect(await state(2)).toBe('stale');
    rmSync(join(root, 'src.ts'));
    expect(await state(3)).toBe('stale');
  });
});
