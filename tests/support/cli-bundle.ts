// Vitest global setup: the tests that spawn `koppelkans` run the bundle, as users do, so it is
// rebuilt here whenever it is missing or older than its sources (a few hundred milliseconds; a
// stat of its ~115 source files when it is current). Without this, an edited engine would be
// tested through a stale bundle, or through the slow tsx fallback.
import { buildCli } from '../../cli/build.mjs';
import { bundleState } from '../../cli/bundle.mjs';

export default async function setup(): Promise<void> {
  if (bundleState() !== 'current') await buildCli();
}
