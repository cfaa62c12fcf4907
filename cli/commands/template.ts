// `template <file> [--lang]`: an empty, documented scenario workbook.
import { t } from '../../engine/i18n';
import { writeTemplate } from '../../engine/workbook/write';
import { writeBytes } from '../io';
import { outputLang } from '../lang';
import type { RunCommand } from './command';
import { oneFile } from './positional';

export const runTemplate: RunCommand = async (args, out) => {
  const file = oneFile(args);
  const lang = outputLang(args);
  await writeBytes(file, writeTemplate(lang));
  out.stderr(t(lang, 'cli.wrote', { path: file }));
  return 0;
};
