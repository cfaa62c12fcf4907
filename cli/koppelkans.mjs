#!/usr/bin/env node
// Entry point of `koppelkans` (package.json "bin"). Node 20 cannot run TypeScript itself, so we
// register tsx's loader and import the TypeScript sources: `npx koppelkans` works right after
// `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
try {
  const { main } = await import('./main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // Only reached when the program itself fails to load: an internal error (exit 1), no stack
  // unless asked for.
  process.stderr.write(`koppelkans: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.KOPPELKANS_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
}
