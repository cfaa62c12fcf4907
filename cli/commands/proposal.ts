// `proposal <workbook> --party ID|--all [--key separate|equal|shapley] [--rule] --out DIR`: one
// proposal workbook per party, in the party's language (--lang, else the workbook's).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import '../../engine/i18n/proposal';
import { t } from '../../engine/i18n';
import { balancing, type BalancingKey } from '../../engine/balancing/balance';
import { compute } from '../../engine/compute';
import { measures } from '../../engine/measures';
import { InputError } from '../../engine/problems';
import { writeProposalWorkbook } from '../../engine/proposal/write';
import type { Scenario } from '../../engine/scenario/schema';
import { CliError, InvalidInputError } from '../errors';
import { writeBytes } from '../io';
import { outputLang } from '../lang';
import { loadWorkbook, locateAll } from '../load';
import type { RunCommand } from './command';
import { oneFile } from './positional';

/** A file name from a party id: letters, digits, dot, dash and underscore kept. */
const safe = (id: string) => id.replace(/[^A-Za-z0-9._-]+/g, '_');

export const runProposal: RunCommand = async (args, out) => {
  const file = oneFile(args);
  const dir = args.options.get('out');
  const only = args.options.get('party');
  if (only === undefined && !args.flags.has('all')) throw new CliError('cli.proposal.needParty');
  if (dir === undefined) throw new CliError('cli.proposal.needOut');
  const loaded = await loadWorkbook(file);
  const lang = outputLang(args, loaded.lang);
  const rule = args.options.get('rule');
  const scenario: Scenario = rule === undefined ? loaded.scenario
    : { ...loaded.scenario, settings: { ...loaded.scenario.settings, allocationRule: rule as Scenario['settings']['allocationRule'] } };
  const ids = scenario.parties.map((p) => p.id);
  if (only !== undefined && !ids.includes(only)) throw new CliError('cli.proposal.unknownParty', { party: only, parties: ids.join(', ') });
  const key = (args.options.get('key') ?? 'separate') as BalancingKey;
  let result, offer;
  try {
    result = compute(scenario);
    offer = balancing(result, key, scenario);
  } catch (e) {
    if (e instanceof InputError) throw new InvalidInputError(file, locateAll(e.problems, loaded));
    throw e;
  }
  const m = measures(result);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new CliError('cli.error.write', { path: dir, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  for (const party of only !== undefined ? [only] : ids) {
    const target = join(dir, `${safe(party)}.xlsx`);
    await writeBytes(target, writeProposalWorkbook(scenario, result, party, { lang, offer, measures: m }));
    out.stderr(t(lang, 'cli.wrote', { path: target }));
  }
  return 0;
};
