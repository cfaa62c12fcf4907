// Texts of the read limits (../scenario/limits) and of hostile or damaged workbook XML.
import type { Problem, Severity } from '../problems';
import { tally } from '../problems';
import { registerMessages, t, type Lang } from './index';

export const en = {
  'value.beyondLimit': '{value} is beyond any real municipality: values above {max} are refused here. Check the unit and the number of zeros.',
  'cell.textTooLong': 'This cell holds {length} characters; a cell may hold at most {max} (the spreadsheet programs\' own limit).',
  'file.badCharacterReference': 'The workbook is damaged: the part "{part}" contains the character reference "{reference}", which is no character.',
  'file.tooManyElements': 'The workbook is damaged or hostile: the part "{part}" holds more than {max} {element} elements.',
  'sheet.tooManyRows': 'The sheet "{name}" holds {rows} rows; a sheet may hold at most {max} (twice a city of 50,000 works), so the workbook is not read. Remove the rows that are not part of the plan.',
  'file.unclosedTag': 'The workbook is damaged: the part "{part}" has a tag that is never closed.',
  'file.partTooLarge': 'The part "{part}" would unpack to {sizeMb} MB; a part larger than {limitMb} MB is refused.',
  'file.noWorkbookPart': 'This zip file holds no workbook part: it is not an .xlsx workbook.',
  'problems.more': 'More than {max} problems: only the first {max} are listed. Fix these and open the file again to see the rest.',
  'problems.count.more': 'more than {n}',
  'internal.error': 'An internal error occurred while reading the workbook (this is a fault in Koppelkans, not in the file): {detail}',
} as const;

export const nl: Record<keyof typeof en, string> = {
  'value.beyondLimit': '{value} gaat elke echte gemeente te boven: waarden boven {max} worden hier geweigerd. Controleer de eenheid en het aantal nullen.',
  'cell.textTooLong': 'Deze cel bevat {length} tekens; een cel mag er hoogstens {max} bevatten (de grens van de rekenprogramma\'s zelf).',
  'file.badCharacterReference': 'De werkmap is beschadigd: het onderdeel "{part}" bevat de tekenverwijzing "{reference}", die geen teken is.',
  'file.tooManyElements': 'De werkmap is beschadigd of kwaadaardig: het onderdeel "{part}" bevat meer dan {max} {element}-elementen.',
  'sheet.tooManyRows': 'Het werkblad "{name}" bevat {rows} rijen; een werkblad mag er hoogstens {max} bevatten (twee keer een stad van 50.000 werken), dus de werkmap wordt niet gelezen. Verwijder de rijen die niet bij het plan horen.',
  'file.unclosedTag': 'De werkmap is beschadigd: het onderdeel "{part}" heeft een tag die nooit wordt gesloten.',
  'file.partTooLarge': 'Het onderdeel "{part}" zou uitpakken tot {sizeMb} MB; een onderdeel groter dan {limitMb} MB wordt geweigerd.',
  'file.noWorkbookPart': 'Dit zip-bestand bevat geen werkmap-onderdeel: het is geen .xlsx-werkmap.',
  'problems.more': 'Meer dan {max} problemen: alleen de eerste {max} staan hier. Herstel deze en open het bestand opnieuw om de rest te zien.',
  'problems.count.more': 'meer dan {n}',
  'internal.error': 'Bij het lezen van de werkmap ging intern iets mis (een fout in Koppelkans, niet in het bestand): {detail}',
};

registerMessages(nl, en);

export const limitCodes = Object.keys(en);

/** The number of problems as a message's {n} or {count}: "meer dan 1000" for a list cut at its cap. */
export function problemCount(lang: Lang, ps: readonly Pick<Problem, 'code' | 'severity'>[], severity?: Severity): number | string {
  const { n, more } = tally(ps, severity);
  return more ? t(lang, 'problems.count.more', { n }) : n;
}
