// The output language: --lang if given, else the workbook's own language, else the user's locale
// (Dutch unless it says English: the users are Dutch municipalities).
import type { Lang } from '../engine/i18n';
import type { ParsedArgs } from './args';

/** --lang as written on the command line, if it is a language; read before the arguments parse,
 *  so that even a usage error or an unreadable workbook is reported in it. */
export function givenLang(argv: readonly string[]): Lang | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return v === 'nl' || v === 'en' ? v : undefined;
}

export function envLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'nl';
}

export function outputLang(args: ParsedArgs, workbookLang?: Lang): Lang {
  const given = args.options.get('lang');
  if (given === 'nl' || given === 'en') return given;
  return workbookLang ?? envLang();
}

export const langOption = { lang: { choices: ['nl', 'en'] as const } };
