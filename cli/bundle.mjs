// Whether cli/dist/ holds a bundle built from the sources as they are now: it exists and none of
// the files it was built from (cli/dist/sources.json) changed or vanished since. A stat of each
// (about 150 files) costs a few milliseconds of the start.
import { readFileSync, statSync } from 'node:fs';

const dist = new URL('./dist/', import.meta.url);
const root = new URL('../', import.meta.url);
export const bundleEntry = new URL('main.mjs', dist);

/** 'current', 'missing' or 'stale'. */
export function bundleState() {
  let built;
  let sources;
  try {
    built = statSync(bundleEntry).mtimeMs;
    sources = JSON.parse(readFileSync(new URL('sources.json', dist), 'utf8'));
  } catch {
    return 'missing';
  }
  try {
    for (const f of sources) if (statSync(new URL(f, root)).mtimeMs > built) return 'stale';
  } catch {
    return 'stale';
  }
  return 'current';
}
