// The output language: --lang if given, else the workbook's own language, else the user's locale
// (Dutch unless it says English: the users are Dutch municipalities).
import type { Lang } from '../engine/i18n';
import type { ParsedArgs } from './args';

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
