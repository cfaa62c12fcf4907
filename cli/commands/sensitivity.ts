// `sensitivity <workbook> [--iterations N] [--seed S] [--saving K] [--perspective P] [--break-even KEY]
//  [--replan] [--json] [--lang] [--out results.xlsx]`: tornado, Monte Carlo and break-even of the
// base plan's saving (MODEL.md "Uncertainty").
import '../../engine/i18n/uncertainty';
import { formatEuro, formatNumber, formatPercent, t, type Lang } from '../../engine/i18n';
import { renderProblem } from '../../engine/i18n/problems';
import { compute } from '../../engine/compute';
import { InputError, type Problem } from '../../engine/problems';
import type { Perspective } from '../../engine/scenario/schema';
import {
  breakEven, defaultIterations, defaultSeed, fixedPlanModel, inputKey, monteCarlo, replanModel, tornado,
  type BreakEvenResult, type MonteCarloResult, type SavingKey, type StepEvaluator, type TornadoResult,
} from '../../engine/uncertainty';
import { inputLabel, inputNamesOf, inputValue, savingLabel, type InputNames } from '../../engine/uncertainty/labels';
import { CliError, InvalidInputError } from '../errors';
import { writeBytes } from '../io';
import { outputLang } from '../lang';
import { loadWorkbook, locateAll } from '../load';
import { table } from '../table';
import type { RunCommand } from './command';
import { oneFile } from './positional';

function integer(value: string | undefined, option: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliError('unc.cli.badInteger', { option, value, min: String(min), max: String(max) });
  }
  return n;
}

export const runSensitivity: RunCommand = async (args, out) => {
  const file = oneFile(args);
  const iterations = integer(args.options.get('iterations'), 'iterations', defaultIterations, 1, 10_000_000);
  const seed = integer(args.options.get('seed'), 'seed', defaultSeed, 0, 4_294_967_295);
  const choice = {
    saving: (args.options.get('saving') ?? 'total') as SavingKey,
    perspective: (args.options.get('perspective') ?? 'financial') as Perspective,
  };
  const loaded = await loadWorkbook(file);
  const lang = outputLang(args, loaded.lang);
  const replan = args.flags.has('replan');
  let model: StepEvaluator;
  let warnings: Problem[] = loaded.warnings;
  try {
    const base = compute(loaded.scenario);
    warnings = [...warnings, ...locateAll(base.warnings, loaded)];
    model = replan ? replanModel(loaded.scenario) : fixedPlanModel(loaded.scenario, base);
  } catch (e) {
    if (e instanceof InputError) throw new InvalidInputError(file, locateAll(e.problems, loaded), loaded.lang);
    throw e;
  }
  if (warnings.length > 0) out.stderr([t(lang, 'cli.warnings'), ...warnings.map((w) => `  ${renderProblem(lang, w)}`)].join('\n'));

  // Break-even: every ranged setting, or the inputs asked for.
  const asked = args.options.get('break-even');
  const keys = asked === undefined
    ? model.inputs.filter((i) => i.kind === 'setting').map(inputKey)
    : asked.split(',').map((k) => k.trim());
  for (const k of keys) {
    if (!model.inputs.some((i) => inputKey(i) === k || i.key === k)) {
      throw new CliError('unc.cli.unknownInput', { value: k, choices: model.inputs.map(inputKey).join(', ') });
    }
  }
  const hasInputs = model.inputs.length > 0;
  const tor = hasInputs ? tornado(model, choice) : undefined;
  const t0 = performance.now();
  const mc = hasInputs ? monteCarlo(model, { iterations, seed, choice }) : undefined;
  const mcMs = performance.now() - t0;
  const be = keys.map((k) => breakEven(model, k, choice));

  if (args.options.has('out')) {
    const { writeResultsWorkbook } = await import('../../engine/results-workbook/write');
    const { uncertaintySheets } = await import('../../engine/uncertainty/sheets');
    const base = 'result' in model ? (model as { result: ReturnType<typeof compute> }).result : compute(loaded.scenario);
    const bytes = writeResultsWorkbook(loaded.scenario, base, {
      lang, extraSheets: uncertaintySheets({ tornado: tor, monteCarlo: mc, breakEven: be }, lang, inputNamesOf(loaded.scenario)),
    });
    const path = args.options.get('out')!;
    await writeBytes(path, bytes);
    out.stderr(t(lang, 'unc.cli.written', { path }));
  }
  if (args.flags.has('json')) {
    out.stdout(JSON.stringify(sensitivityJson(loaded.scenario.settings.name, choice, replan, model, tor, mc, be), null, 2));
    return 0;
  }
  out.stdout(sensitivityText(lang, inputNamesOf(loaded.scenario), choice, replan, model, tor, mc, mcMs, be));
  return 0;
};

const r2 = (v: number) => Math.round(v * 100) / 100;

function sensitivityJson(name: string, choice: { saving: SavingKey; perspective: Perspective }, replan: boolean, model: StepEvaluator,
  tor: TornadoResult | undefined, mc: MonteCarloResult | undefined, be: BreakEvenResult[]) {
  return {
    scenario: name,
    currency: 'EUR',
    saving: choice.saving,
    perspective: choice.perspective,
    plan: replan ? 'replan' : 'fixed',
    inputs: model.inputs.map((i) => ({ key: inputKey(i), kind: i.kind, id: i.id, low: i.low, base: i.base, high: i.high })),
    tornado: tor && {
      base: tor.base,
      bars: tor.bars.map((b) => ({ input: inputKey(b.input), atLow: b.atLow, atHigh: b.atHigh, swing: r2(b.swing) })),
    },
    monteCarlo: mc && {
      iterations: mc.iterations, seed: mc.seed, base: mc.base, mean: r2(mc.mean), p10: r2(mc.p10), p50: r2(mc.p50),
      p90: r2(mc.p90), min: mc.min, max: mc.max, probPositive: mc.probPositive,
      histogram: mc.histogram.map((b) => ({ from: r2(b.from), to: r2(b.to), count: b.count })),
    },
    breakEven: be.map((b) => ({
      input: inputKey(b.input), found: b.found, value: b.found ? b.value : null, atLow: b.atLow, atHigh: b.atHigh,
    })),
  };
}

function sensitivityText(lang: Lang, names: InputNames, choice: { saving: SavingKey; perspective: Perspective }, replan: boolean, model: StepEvaluator,
  tor: TornadoResult | undefined, mc: MonteCarloResult | undefined, mcMs: number, be: BreakEvenResult[]): string {
  const euro = (v: number) => formatEuro(lang, v, 0);
  const L = (k: string) => t(lang, `unc.col.${k}`);
  const lines: string[] = [t(lang, 'unc.title'), t(lang, replan ? 'unc.replanNote' : 'unc.planNote')];
  if (!tor || !mc) {
    lines.push('', t(lang, 'unc.noInputs'));
    return lines.join('\n');
  }
  lines.push(t(lang, 'unc.analysed', {
    saving: t(lang, `unc.saving.${choice.saving}`), perspective: t(lang, `unc.perspective.${choice.perspective}`), base: euro(tor.base),
  }), '');
  lines.push(t(lang, 'unc.tornado'));
  lines.push(table([L('input'), L('low'), L('high'), L('atLow'), L('atHigh'), L('swing')], tor.bars.map((b) => [
    inputLabel(lang, b.input, names), inputValue(lang, b.input, b.input.low), inputValue(lang, b.input, b.input.high),
    euro(b.atLow), euro(b.atHigh), euro(b.swing),
  ])), '');
  lines.push(`${t(lang, 'unc.monteCarlo')} — ${savingLabel(lang, choice.saving, choice.perspective)}`);
  const M = (k: string) => t(lang, `unc.mc.${k}`);
  lines.push(table([L('statistic'), L('value')], [
    [M('iterations'), formatNumber(lang, mc.iterations)],
    [M('seed'), String(mc.seed)],
    [M('mean'), euro(mc.mean)],
    [M('p10'), euro(mc.p10)],
    [M('p50'), euro(mc.p50)],
    [M('p90'), euro(mc.p90)],
    [M('min'), euro(mc.min)],
    [M('max'), euro(mc.max)],
    [M('probPositive'), formatPercent(lang, mc.probPositive, 1)],
  ]));
  lines.push(t(lang, 'unc.mc.time', { iterations: mc.iterations, ms: Math.round(mcMs) }), '');
  if (be.length) {
    lines.push(t(lang, 'unc.breakEven'));
    for (const b of be) {
      const input = inputLabel(lang, b.input, names);
      lines.push(b.found
        ? `  ${t(lang, 'unc.be.found', { input, value: inputValue(lang, b.input, b.value) })}`
        : `  ${t(lang, 'unc.be.none', {
          input, low: inputValue(lang, b.input, b.input.low), high: inputValue(lang, b.input, b.input.high),
          atLow: euro(b.atLow), atHigh: euro(b.atHigh),
        })}`);
    }
  }
  void model;
  return lines.join('\n');
}
