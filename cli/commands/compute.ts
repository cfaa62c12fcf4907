// `compute <workbook> [--json] [--lang] [--rule] [--out]`: the four steps, savings, parties.
import { t } from '../../engine/i18n';
import { compute } from '../../engine/compute';
import { computeOnPool, poolMinWorks } from '../../engine/compute-pool';
import { summaryJsonText } from '../../engine/model/summary';
import { balancing, type BalancingKey } from '../../engine/balancing/balance';
import { InputError, type Problem } from '../../engine/problems';
import type { Scenario } from '../../engine/scenario/schema';
import { renderProblem } from '../../engine/i18n/problems';
import { InvalidInputError } from '../errors';
import { writeBytes } from '../io';
import { outputLang } from '../lang';
import { loadWorkbook, locateAll } from '../load';
import { summaryText } from '../summary-text';
import type { RunCommand } from './command';
import { oneFile } from './positional';

/** Command-line overrides of settings, applied before computing. */
function withOverrides(s: Scenario, rule: string | undefined): Scenario {
  if (rule === undefined) return s;
  return { ...s, settings: { ...s.settings, allocationRule: rule as Scenario['settings']['allocationRule'] } };
}

/** compute(), with the neighbourhoods planned on a thread per core for a large scenario (a small
 *  one would wait longer for the threads to start than for its plan). KOPPELKANS_THREADS caps
 *  the planning threads (1: plan on the command's own thread). */
async function computeLarge(scenario: Scenario) {
  const threads = Number(process.env.KOPPELKANS_THREADS ?? '') || undefined;
  if (scenario.works.length < poolMinWorks || threads === 1) return compute(scenario);
  const { nodePlanPool } = await import('../plan-pool');
  const pool = nodePlanPool(threads);
  try {
    return await computeOnPool(scenario, pool);
  } finally {
    await pool.close();
  }
}

export const runCompute: RunCommand = async (args, out) => {
  const file = oneFile(args);
  const loaded = await loadWorkbook(file);
  const lang = outputLang(args, loaded.lang);
  const scenario = withOverrides(loaded.scenario, args.options.get('rule'));
  let result;
  let offer;
  // --key: the balancing offer's key in the JSON (default pro rata to separate cost).
  const key = args.options.get('key') as BalancingKey | undefined;
  try {
    result = await computeLarge(scenario);
    if (args.flags.has('json') && key !== undefined) offer = balancing(result, key, scenario);
  } catch (e) {
    if (e instanceof InputError) throw new InvalidInputError(file, locateAll(e.problems, loaded), loaded.lang);
    throw e;
  }
  const warnings: Problem[] = [...loaded.warnings, ...locateAll(result.warnings, loaded)];
  if (warnings.length > 0) {
    out.stderr([t(lang, 'cli.warnings'), ...warnings.map((w) => `  ${renderProblem(lang, w)}`)].join('\n'));
  }
  out.stdout(args.flags.has('json') ? summaryJsonText(result, offer) : summaryText(result, lang));
  const target = args.options.get('out');
  if (target !== undefined) {
    // The results workbook: result sheets in the output language, then the inputs.
    // --formulas (issue 8): the comparison as live formulas over the input sheets instead.
    // Loaded only here: the writers are most of the command's code and a plain compute needs neither.
    const bytes = args.flags.has('formulas')
      ? (await import('../../engine/results-workbook/formulas/write')).writeFormulaWorkbook(scenario, result, { lang })
      : (await import('../../engine/results-workbook/write')).writeResultsWorkbook(scenario, result, { lang });
    await writeBytes(target, bytes);
    out.stderr(t(lang, 'cli.wrote', { path: target }));
  }
  return 0;
};
