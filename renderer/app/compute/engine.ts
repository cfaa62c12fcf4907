// The engine as the interface uses it: read and write scenario workbooks, check and compute a
// scenario. One place that knows the engine's entry points, so the views only see outcomes.
import { readWorkbook, type ReadProgress, type Sources } from '../../../engine/workbook/read';
import { writeWorkbook } from '../../../engine/workbook/write';
import { validateScenario } from '../../../engine/scenario/validate';
import { compute } from '../../../engine/compute';
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import { hasErrors, InputError, problem, type Problem } from '../../../engine/problems';
import type { Lang } from '../../../engine/i18n/index';

export type ReadOutcome =
  | { ok: true; scenario: Scenario; lang: Lang; warnings: Problem[]; sources: Sources }
  /** `scenario` is there when the workbook read but its inputs break a rule: it can still be opened.
   *  `lang`: the workbook's language, when its sheet names tell it. */
  | { ok: false; problems: Problem[]; scenario?: Scenario; sources?: Sources; lang?: Lang };

/** What the read's validation said of each scenario read here, until its first computation takes it. */
const checkedAtRead = new WeakMap<Scenario, Problem[]>();

/** The validation of `scenario` done by the read that made it, once: for the computation that
 *  follows the read at once (on a city, checking again cost a tenth of a second). */
export function takeReadCheck(scenario: Scenario): Problem[] | undefined {
  const checked = checkedAtRead.get(scenario);
  checkedAtRead.delete(scenario);
  return checked;
}

export function readScenarioBytes(bytes: Uint8Array, onProgress?: (p: ReadProgress) => void): ReadOutcome {
  try {
    const r = readWorkbook(bytes, onProgress ? { onProgress } : {});
    if (r.ok) {
      checkedAtRead.set(r.scenario, r.checked);
      return { ok: true, scenario: r.scenario, lang: r.lang, warnings: r.warnings, sources: r.sources };
    }
    const told = r.lang ? { lang: r.lang } : {};
    return r.scenario
      ? { ok: false, problems: r.problems, scenario: r.scenario, sources: r.sources, ...told }
      : { ok: false, problems: r.problems, ...told };
  } catch (e) {
    // The codec promises problems, not exceptions; should one slip through, it is still a problem.
    return { ok: false, problems: [problem('ui.problem.unreadable', { detail: String(e) })] };
  }
}

export function writeScenarioBytes(scenario: Scenario, lang: Lang): Uint8Array {
  return writeWorkbook(scenario, { lang });
}

export type ComputeOutcome =
  | { ok: true; result: ComputeResult; warnings: Problem[]; ms: number }
  | { ok: false; problems: Problem[]; ms: number };

/** `checked`: the scenario's validation, when it was done already (takeReadCheck). */
export function computeScenario(scenario: Scenario, checked?: Problem[]): ComputeOutcome {
  const t0 = performance.now();
  const problems = checked ?? validateScenario(scenario);
  if (hasErrors(problems)) return { ok: false, problems, ms: performance.now() - t0 };
  try {
    const result = compute(scenario);
    return { ok: true, result, warnings: [...problems, ...result.warnings], ms: performance.now() - t0 };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, problems: e.problems, ms: performance.now() - t0 };
    return { ok: false, problems: [problem('ui.problem.computeFailed', { detail: String(e) })], ms: performance.now() - t0 };
  }
}
