// `example <file> [--lang]`: the bundled example "Vier testwijken", built from its code.
import { t } from '../../engine/i18n';
import { writeWorkbook } from '../../engine/workbook/write';
import { buildExample } from '../../scenarios/example';
import { writeBytes } from '../io';
import { outputLang } from '../lang';
import type { RunCommand } from './command';
import { oneFile } from './positional';

export const runExample: RunCommand = async (args, out) => {
  const file = oneFile(args);
  const lang = outputLang(args);
  await writeBytes(file, writeWorkbook(buildExample(), { lang }));
  out.stderr(t(lang, 'cli.wrote', { path: file }));
  return 0;
};
