// A result's measures (engine/measures), built once per result: on a city they read all four
// steps' projects and works, most of a second, so the party view, its preview and a view scrolled
// away and back share one build.
import { measures, type MeasuresResult } from '../../../engine/measures';
import type { ComputeResult } from '../../../engine/model/result';

const built = new WeakMap<ComputeResult, MeasuresResult>();

export function measuresOf(r: ComputeResult): MeasuresResult {
  let m = built.get(r);
  if (!m) built.set(r, (m = measures(r)));
  return m;
}

/** Up to this many works a result's measures are built with the party view at once; past it only
 *  once the view is near the screen. */
export const MEASURES_AT_ONCE_UP_TO = 2000;
