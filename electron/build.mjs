// Bundles the main process and the preload to CommonJS in electron/dist/ (package.json "main"
// points at electron/dist/main.cjs). Everything but Electron itself is bundled in, so the
// installed app needs no node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function buildShell({ minify = false } = {}) {
  const common = {
    bundle: true,
    format: 'cjs',
    external: ['electron'],
    sourcemap: 'linked',
    minify,
    logLevel: 'warning',
    legalComments: 'none',
  };
  await build({
    ...common,
    entryPoints: [path.join(here, 'main.ts')],
    outfile: path.join(here, 'dist', 'main.cjs'),
    platform: 'node',
    target: 'node22',
  });
  // The sandboxed preload may only require('electron'): no Node built-ins.
  await build({
    ...common,
    entryPoints: [path.join(here, 'preload.ts')],
    outfile: path.join(here, 'dist', 'preload.cjs'),
    platform: 'browser',
    target: 'chrome140',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildShell({ minify: process.argv.includes('--minify') });
  console.log('electron/dist: main.cjs and preload.cjs built');
}
