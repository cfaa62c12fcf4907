// `compute <workbook> [--json] [--lang] [--rule] [--out]`: the four steps, savings, parties.
import { stat } from 'node:fs/promises';
import { t } from '../../engine/i18n';
import { compute } from '../../engine/compute';
import { computeOnPool, noPool, poolMinBytes, poolMinWorks } from '../../engine/compute-pool';
import { summaryJsonText } from '../../engine/model/summary';
import { balancing, type BalancingKey } from '../../engine/balancing/balance';
import { InputError, type Problem } from '../../engine/problems';
import type { Scenario } from '../../engine/scenario/schema';
import { renderProblem } from '../../engine/i18n/problems';
import { InvalidInputError } from '../errors';
import { writeBytes, type Output } from '../io';
import type { ParsedArgs } from '../args';
import { outputLang } from '../lang';
import { loadWorkbook, locateAll } from '../load';
import { summaryText } from '../summary-text';
import type { NodePlanPool } from '../plan-pool';
import type { RunCommand } from './command';
import { oneFile } from './positional';

/** Command-line overrides of settings, applied before computing. */
function withOverrides(s: Scenario, rule: string | undefined): Scenario {
  if (rule === undefined) return s;
  return { ...s, settings: { ...s.settings, allocationRule: rule as Scenario['settings']['allocationRule'] } };
}

/** KOPPELKANS_THREADS: at most this many planning threads (1: plan on the command's own thread). */
const threadCap = (): number | undefined => Number(process.env.KOPPELKANS_THREADS ?? '') || undefined;

/** The planning threads for a workbook file this large, started before it is read: they load
 *  their code while this thread reads, rather than after. None for a small file: a small
 *  scenario would wait longer for the threads to start than for its plan. */
async function threadsFor(file: string): Promise<NodePlanPool | undefined> {
  if (threadCap() === 1) return undefined;
  const size = await stat(file).then((s) => s.size, () => 0);
  if (size < poolMinBytes) return undefined;
  const { nodePlanPool } = await import('../plan-pool');
  return nodePlanPool(threadCap());
}

/** compute(), with the neighbourhoods of a large scenario planned on threads (`started`, or a pool
 *  started now when the file looked too small for one), and on one thread its hash left to
 *  WebCrypto (native, and off this thread). */
async function computeLarge(scenario: Scenario, started: NodePlanPool | undefined) {
  if (scenario.works.length < poolMinWorks) return compute(scenario);
  if (threadCap() === 1) return computeOnPool(scenario, noPool);
  const pool = started ?? (await import('../plan-pool')).nodePlanPool(threadCap());
  try {
    return await computeOnPool(scenario, pool);
  } finally {
    if (pool !== started) await pool.close();
  }
}

export const runCompute: RunCommand = async (args, out) => {
  const file = oneFile(args);
  const pool = await threadsFor(file);
  try {
    return await computeFile(file, pool, args, out);
  } finally {
    await pool?.close();
  }
};

async function computeFile(file: string, pool: NodePlanPool | undefined, args: ParsedArgs, out: Output): Promise<number> {
  const loaded = await loadWorkbook(file);
  const lang = outputLang(args, loaded.lang);
  const scenario = withOverrides(loaded.scenario, args.options.get('rule'));
  let result;
  let offer;
  // --key: the balancing offer's key in the JSON (default pro rata to separate cost).
  const key = args.options.get('key') as BalancingKey | undefined;
  try {
    result = await computeLarge(scenario, pool);
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
}
