// `import-planning SCENARIO.xlsx PLANNING --party ID [--mapping MAP.json] --out NEW.xlsx`:
// replaces one party's works with those of its planning file and prints the diff. Without a
// mapping given or stored for the party it prints the proposed mapping as JSON and exits 2.
// The input is never written over; the mapping used is stored in the new workbook.
import { resolve } from 'node:path';
import { t } from '../../engine/i18n';
import { renderProblem } from '../../engine/i18n/problems';
import { problemCount } from '../../engine/i18n/limits';
import {
  diffLines, importEffect, importPlanning, mappingJson, parseMapping, placeProblems, planningProblemText, proposeMapping,
  readPlanningSource, replacePartyWorks, storedMapping, withStoredMapping, type PlanningMapping, type PlanningProblem,
} from '../../engine/planning';
import { writeWorkbook } from '../../engine/workbook/write';
import { CliError, EXIT_INPUT } from '../errors';
import { readBytes, writeBytes, type Output } from '../io';
import { outputLang } from '../lang';
import { loadWorkbook } from '../load';
import type { RunCommand } from './command';

export const runImportPlanning: RunCommand = async (args, out) => {
  const [scenarioPath, planningPath, ...rest] = args.positionals;
  if (scenarioPath === undefined || planningPath === undefined) throw new CliError('planning.cli.args');
  if (rest.length) throw new CliError('cli.error.tooManyArgs', { args: rest.join(' ') });
  const party = args.options.get('party');
  if (party === undefined) throw new CliError('planning.cli.missingOption', { option: 'party' });
  const target = args.options.get('out');
  const loaded = await loadWorkbook(scenarioPath);
  const lang = outputLang(args, loaded.lang);
  if (target !== undefined && (resolve(target) === resolve(scenarioPath) || resolve(target) === resolve(planningPath))) {
    throw new CliError('planning.cli.sameFile', { path: target });
  }
  const fail = (path: string, problems: readonly PlanningProblem[]): number => {
    out.stderr([t(lang, 'planning.cli.problems', { path, count: problemCount(lang, problems, 'error') }),
      ...problems.map((p) => `  ${planningProblemText(lang, p)}`)].join('\n'));
    return EXIT_INPUT;
  };

  const read = readPlanningSource(await readBytes(planningPath), planningPath);
  if (!read.ok) return fail(planningPath, read.problems);

  let mapping: PlanningMapping;
  const given = args.options.get('mapping');
  const stored = storedMapping(loaded.scenario, party);
  if (given !== undefined) {
    const parsed = parseMapping(new TextDecoder().decode(await readBytes(given)));
    if (!parsed.ok) return fail(given, [{ code: 'planning.mapping.invalid', severity: 'error', params: { detail: parsed.detail } }]);
    mapping = parsed.mapping;
  } else if (stored?.ok) {
    mapping = stored.mapping;
  } else {
    if (stored && !stored.ok) return fail(scenarioPath, [{ code: 'planning.mapping.invalid', severity: 'error', params: { detail: stored.detail } }]);
    const proposed = proposeMapping(read.source);
    if (!proposed) return fail(planningPath, [{ code: 'planning.header.notFound', severity: 'error', params: {} }]);
    out.stderr(t(lang, 'planning.cli.proposed', { party }));
    out.stdout(mappingJson(proposed));
    return EXIT_INPUT;
  }

  if (target === undefined) throw new CliError('planning.cli.missingOption', { option: 'out' });
  const imported = importPlanning(read.source, mapping, party, loaded.scenario);
  if (imported.problems.some((p) => p.severity === 'error')) return fail(planningPath, imported.problems);
  const replaced = replacePartyWorks(loaded.scenario, party, imported.works);
  const next = withStoredMapping(replaced.scenario, party, mapping);
  const effect = replaced.problems.length ? undefined : importEffect(loaded.scenario, next);
  printDiff(out, diffLines(lang, replaced.diff, effect));
  if (replaced.problems.length) {
    const { placed, rest } = placeProblems(replaced.problems, replaced.scenario, imported.rows, mapping);
    out.stderr([t(lang, 'planning.cli.problems', { path: planningPath, count: replaced.problems.length }),
      ...placed.map((p) => `  ${planningProblemText(lang, p)}`),
      ...rest.map((p) => `  ${renderProblem(lang, p)}`)].join('\n'));
    return EXIT_INPUT;
  }
  await writeBytes(target, writeWorkbook(next, { lang: loaded.lang }));
  out.stderr(t(lang, 'cli.wrote', { path: target }));
  return 0;
};

const printDiff = (out: Output, lines: string[]) => out.stdout(lines.join('\n'));
