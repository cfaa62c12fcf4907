// A what-if changes a few small parts of a scenario (its settings, ranges, residents' shares) and
// leaves the big lists (works, variants, ...) the very same objects. A worker keeps the scenario it
// was last sent, so the page sends only the parts that are not the same objects: posting a city's
// 50,000 works costs the page's main thread and the worker a copy each time.
import type { Scenario } from '../../../engine/scenario/schema';

export interface ScenarioPatch {
  /** The scenario's keys in order. */
  keys: string[];
  /** The parts that differ from the scenario sent before. */
  changed: Partial<Record<string, unknown>>;
}

/** What to send for `next` to a worker that holds `sent`. */
export function patchFor(sent: Scenario, next: Scenario): ScenarioPatch {
  const keys = Object.keys(next);
  const changed: ScenarioPatch['changed'] = {};
  for (const k of keys) {
    const v = next[k as keyof Scenario];
    if (v !== sent[k as keyof Scenario]) changed[k] = v;
  }
  return { keys, changed };
}

/** The scenario a patch stands for, on top of the one received before. */
export function applyPatch(base: Scenario, p: ScenarioPatch): Scenario {
  const out: Record<string, unknown> = {};
  for (const k of p.keys) out[k] = k in p.changed ? p.changed[k] : base[k as keyof Scenario];
  return out as unknown as Scenario;
}
