#!/usr/bin/env node
// Entry point of `koppelkans` (package.json "bin"). It runs the esbuild bundle in cli/dist/, which
// `npm install` / `npm ci` build ("prepare": node cli/build.mjs): a start then costs tenths of a
// second instead of the seconds tsx needs to transpile every TypeScript file. When the bundle is
// missing (a fresh checkout before prepare ran) or older than the sources it was built from (they
// were edited since), it says so on stderr and runs the TypeScript sources through tsx's loader
// instead: the same program, only slower to start. `npm run build:cli` rebuilds the bundle;
// KOPPELKANS_FROM_SOURCE=1 runs the sources without the note.
import { bundleEntry, bundleState } from './bundle.mjs';

async function loadMain() {
  if (!process.env.KOPPELKANS_FROM_SOURCE) {
    const state = bundleState();
    if (state === 'current') return import(bundleEntry.href);
    process.stderr.write(state === 'missing'
      ? 'koppelkans: cli/dist is not built (npm run build:cli); running the TypeScript sources, which starts more slowly.\n'
      : 'koppelkans: cli/dist is older than the sources (npm run build:cli); running the TypeScript sources, which starts more slowly.\n');
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import('./main.ts');
}

try {
  const { main } = await loadMain();
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // Only reached when the program itself fails to load: an internal error (exit 1), no stack
  // unless asked for.
  process.stderr.write(`koppelkans: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.KOPPELKANS_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
}
