// Bundles the command line into cli/dist/ with esbuild, so `koppelkans` starts without transpiling
// TypeScript (tsx takes seconds for every start) and loads only the code a command uses: each
// dynamic import() of cli/main.ts becomes a chunk of its own, read only when that command runs.
// Run by `npm install` / `npm ci` ("prepare") and `npm run build:cli`. Beside the chunks it
// writes sources.json, the project files the bundle was built from, so cli/koppelkans.mjs can tell
// a bundle that is older than its sources and run the sources instead.
import { rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
export const outdir = path.join(here, 'dist');

export async function buildCli({ minify = false } = {}) {
  const { build } = await import('esbuild');
  // Chunk names carry a content hash: clear the old ones rather than let them pile up.
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    // The planning thread is an entry of its own: worker_threads start it by file.
    entryPoints: [path.join(here, 'main.ts'), path.join(here, 'plan-thread.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    // Bundled CommonJS dependencies (SheetJS) may call require() on Node built-ins.
    banner: { js: "import { createRequire as __koppelkansRequire } from 'node:module'; const require = __koppelkansRequire(import.meta.url);" },
    sourcemap: 'linked',
    minify,
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
  // The project's own inputs (dependencies change only through the lock file).
  const sources = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')).concat('package-lock.json');
  await writeFile(path.join(outdir, 'sources.json'), `${JSON.stringify(sources, null, 1)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  try {
    await buildCli({ minify: process.argv.includes('--minify') });
    console.log(`cli/dist: command line bundled in ${Math.round(performance.now() - t0)} ms`);
  } catch (e) {
    // Never fail `npm install` for this: without the bundle the command line runs its sources.
    console.warn(`cli/dist: not built (${e instanceof Error ? e.message : String(e)}); koppelkans will run from its TypeScript sources, more slowly`);
  }
}
