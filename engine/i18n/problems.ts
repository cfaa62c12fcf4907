// Texts of the input problems found by the workbook codec and the scenario rules, in Dutch and
// English, and `renderProblem`, which puts the location in front: "Werken, rij 7, kolom F (gepland): …"
// with sheet and column names in the same language as the text.
import type { Problem } from '../problems';
import type { SheetKey } from '../scenario/schema';
import { columnHeader, sheetName } from '../scenario/columns';
import { registerMessages, t, type Lang } from './index';
import { limitCodes } from './limits';

export const en = {
  'file.tooLarge': 'The file is {sizeMb} MB; workbooks larger than {limitMb} MB are refused.',
  'file.notZip': 'This is not an .xlsx workbook (it is not a zip file).',
  'file.truncated': 'The workbook is damaged or incomplete (the zip file is truncated).',
  'file.zipBomb': 'The workbook would unpack to {sizeMb} MB; more than {limitMb} MB is refused.',
  'file.unreadable': 'The workbook cannot be read: {detail}',
  'file.inconsistentSizes': 'The workbook is damaged: the part "{part}" does not match the sizes its zip file declares.',
  'file.damagedPart': 'The workbook is damaged: the part "{part}" cannot be unpacked (its compressed data is cut short or corrupt).',
  'file.unsupportedCompression': 'The workbook cannot be read: the part "{part}" uses zip compression method {method}; only 0 (stored) and 8 (deflate) are supported.',
  'file.encrypted': 'The workbook cannot be read: the part "{part}" is encrypted in the zip file. Save it without a password.',
  'file.tooManyParts': 'The zip file holds {count} parts; a workbook with more than {limit} is refused.',
  'sheet.missing': 'This required sheet is missing.',
  'sheet.duplicate': 'The sheets "{name}" and "{other}" are the same sheet in two languages; keep one.',
  'sheet.ignored': 'The sheet "{name}" is not part of the template and is ignored.',
  'sheet.tooLarge': 'The sheet claims {rows} rows and {columns} columns, beyond any real worksheet ({maxRows} rows, {maxColumns} columns).',
  'column.missing': 'This required column is missing from row 1.',
  'column.duplicate': 'The column "{header}" appears twice.',
  'cell.formulaNoValue': 'This cell holds a formula without a calculated value; open the workbook in a spreadsheet program, let it calculate and save it again.',
  'cell.error': 'This cell holds an error value.',
  'value.notNumber': '"{value}" is not a number.',
  'value.ambiguousNumber': '"{value}" is ambiguous: it may mean a thousands separator or a decimal point. Type the number without a thousands separator (e.g. 15000 or 15,5).',
  'value.notInteger': '{value} is not a whole number.',
  'value.fractionAboveOne': '{value} is above 1, but this is a fraction. If you meant {value}%, type {fraction} or {value}%.',
  'value.notBoolean': '"{value}" is not yes or no.',
  'value.invalidChoice': '"{value}" is not one of: {choices}.',
  'value.required': 'A value is required here.',
  'value.tooSmall': '{value} is too small; the minimum is {min}.',
  'value.tooLarge': '{value} is too large; the maximum is {max}.',
  'value.invalid': '"{value}" is not a valid value here.',
  'settings.unknownKey': 'The setting "{key}" is unknown: the row is kept in the workbook but not used.',
  'settings.duplicateKey': 'The setting {key} appears twice.',
  'settings.missing': 'The setting {key} is required.',
  'settings.rangeNotAllowed': 'The setting {key} cannot have a low or high value.',
  'id.duplicate': 'The id "{id}" is used more than once (ids are case-sensitive).',
  'budget.duplicate': 'There are two budgets for {party} in {year}.',
  'ref.unknownNeighbourhood': 'The neighbourhood "{id}" does not exist on the Neighbourhoods sheet.',
  'ref.unknownParty': 'The party "{id}" does not exist on the Parties sheet.',
  'ref.unknownFunder': 'The funder "{id}" does not exist on the Parties sheet.',
  'ref.unknownBundle': 'No work carries the bundle "{id}".',
  'ref.unknownVariantGroup': 'The variant group "{id}" does not exist on the Variants sheet.',
  'ref.unknownVariant': 'The variant "{id}" is not in group "{group}".',
  'work.variantWithoutGroup': 'The variant "{id}" is given, but the work has no variant group.',
  'year.outsideHorizon': 'The year {year} lies outside the horizon {from}–{to}.',
  'work.missingField': 'A work without a variant group needs a value here.',
  'work.bookValueInBaseYear': 'A book value above 0 needs a planned year after the base year {year}.',
  'coFinancing.yearOrder': 'The first year {from} is after the last year {to}.',
  'bundle.neighbourhoods': 'The bundle "{bundle}" spans more than one neighbourhood: {works}.',
  'bundle.noCommonYear': 'The works of bundle "{bundle}" have no year in common: {works}.',
  'bundle.yearOutsideWindow': 'The year {year} of bundle "{bundle}" lies outside the window {from}–{to} of work {work}.',
  'range.order': 'Low, value and high must be in order: {low} ≤ {value} ≤ {high}.',
  'problem.sheet': '{sheet}',
  'problem.sheetRow': '{sheet}, row {row}',
  'problem.sheetItem': '{sheet}, item {item}',
  'problem.column': 'column {column}',
  'problem.at': '{where}: {message}',
} as const;

export const nl: Record<keyof typeof en, string> = {
  'file.tooLarge': 'Het bestand is {sizeMb} MB; werkmappen groter dan {limitMb} MB worden geweigerd.',
  'file.notZip': 'Dit is geen .xlsx-werkmap (het is geen zip-bestand).',
  'file.truncated': 'De werkmap is beschadigd of onvolledig (het zip-bestand is afgebroken).',
  'file.zipBomb': 'De werkmap zou uitpakken tot {sizeMb} MB; meer dan {limitMb} MB wordt geweigerd.',
  'file.unreadable': 'De werkmap kan niet worden gelezen: {detail}',
  'file.inconsistentSizes': 'De werkmap is beschadigd: het onderdeel "{part}" klopt niet met de groottes die het zip-bestand opgeeft.',
  'file.damagedPart': 'De werkmap is beschadigd: het onderdeel "{part}" kan niet worden uitgepakt (de gecomprimeerde gegevens zijn afgebroken of verminkt).',
  'file.unsupportedCompression': 'De werkmap kan niet worden gelezen: het onderdeel "{part}" gebruikt zip-compressiemethode {method}; alleen 0 (opgeslagen) en 8 (deflate) worden ondersteund.',
  'file.encrypted': 'De werkmap kan niet worden gelezen: het onderdeel "{part}" is in het zip-bestand versleuteld. Sla de werkmap op zonder wachtwoord.',
  'file.tooManyParts': 'Het zip-bestand bevat {count} onderdelen; een werkmap met meer dan {limit} wordt geweigerd.',
  'sheet.missing': 'Dit verplichte werkblad ontbreekt.',
  'sheet.duplicate': 'De werkbladen "{name}" en "{other}" zijn hetzelfde werkblad in twee talen; houd er één.',
  'sheet.ignored': 'Het werkblad "{name}" hoort niet bij het sjabloon en wordt genegeerd.',
  'sheet.tooLarge': 'Het werkblad claimt {rows} rijen en {columns} kolommen, meer dan een echt werkblad kan hebben ({maxRows} rijen, {maxColumns} kolommen).',
  'column.missing': 'Deze verplichte kolom ontbreekt in rij 1.',
  'column.duplicate': 'De kolom "{header}" komt twee keer voor.',
  'cell.formulaNoValue': 'Deze cel bevat een formule zonder berekende waarde; open de werkmap in een rekenprogramma, laat het rekenen en sla opnieuw op.',
  'cell.error': 'Deze cel bevat een foutwaarde.',
  'value.notNumber': '"{value}" is geen getal.',
  'value.ambiguousNumber': '"{value}" is dubbelzinnig: het kan een scheidingsteken voor duizendtallen of een decimaalteken zijn. Typ het getal zonder duizendtalscheiding (bijv. 15000 of 15,5).',
  'value.notInteger': '{value} is geen geheel getal.',
  'value.fractionAboveOne': '{value} is groter dan 1, maar dit is een fractie. Bedoelde u {value}%? Typ dan {fraction} of {value}%.',
  'value.notBoolean': '"{value}" is geen ja of nee.',
  'value.invalidChoice': '"{value}" is geen van: {choices}.',
  'value.required': 'Hier is een waarde verplicht.',
  'value.tooSmall': '{value} is te klein; het minimum is {min}.',
  'value.tooLarge': '{value} is te groot; het maximum is {max}.',
  'value.invalid': '"{value}" is hier geen geldige waarde.',
  'settings.unknownKey': 'De instelling "{key}" is onbekend: de rij blijft in de werkmap staan maar wordt niet gebruikt.',
  'settings.duplicateKey': 'De instelling {key} komt twee keer voor.',
  'settings.missing': 'De instelling {key} is verplicht.',
  'settings.rangeNotAllowed': 'De instelling {key} kan geen lage of hoge waarde hebben.',
  'id.duplicate': 'De id "{id}" komt meer dan eens voor (hoofdletters tellen mee).',
  'budget.duplicate': 'Er zijn twee budgetten voor {party} in {year}.',
  'ref.unknownNeighbourhood': 'De wijk "{id}" staat niet op het werkblad Wijken.',
  'ref.unknownParty': 'De partij "{id}" staat niet op het werkblad Partijen.',
  'ref.unknownFunder': 'De financier "{id}" staat niet op het werkblad Partijen.',
  'ref.unknownBundle': 'Geen enkel werk heeft de bundel "{id}".',
  'ref.unknownVariantGroup': 'De variantgroep "{id}" staat niet op het werkblad Varianten.',
  'ref.unknownVariant': 'De variant "{id}" hoort niet bij groep "{group}".',
  'work.variantWithoutGroup': 'De variant "{id}" is opgegeven, maar het werk heeft geen variantgroep.',
  'year.outsideHorizon': 'Het jaar {year} ligt buiten de horizon {from}–{to}.',
  'work.missingField': 'Een werk zonder variantgroep heeft hier een waarde nodig.',
  'work.bookValueInBaseYear': 'Een boekwaarde boven 0 vraagt een gepland jaar na het basisjaar {year}.',
  'coFinancing.yearOrder': 'Het eerste jaar {from} ligt na het laatste jaar {to}.',
  'bundle.neighbourhoods': 'De bundel "{bundle}" beslaat meer dan één wijk: {works}.',
  'bundle.noCommonYear': 'De werken van bundel "{bundle}" hebben geen gemeenschappelijk jaar: {works}.',
  'bundle.yearOutsideWindow': 'Het jaar {year} van bundel "{bundle}" ligt buiten de bandbreedte {from}–{to} van werk {work}.',
  'range.order': 'Laag, waarde en hoog moeten op volgorde staan: {low} ≤ {value} ≤ {high}.',
  'problem.sheet': '{sheet}',
  'problem.sheetRow': '{sheet}, rij {row}',
  'problem.sheetItem': '{sheet}, regel {item}',
  'problem.column': 'kolom {column}',
  'problem.at': '{where}: {message}',
};

registerMessages(nl, en);

/** The codes this catalogue covers (tests check every emitted code is among them). */
export const problemCodes = [...Object.keys(en), ...limitCodes].filter((k) => !k.startsWith('problem.'));

/** How the user's own workbook spells its sheet names and column headers, when they are not in the
 *  language of the text (a Dutch workbook under the English interface): the place is then named
 *  as the user finds it in their file, "Werken, row 4, column C (wijk)". */
export interface Spelling {
  sheet(key: SheetKey): string;
  column(key: SheetKey, field: string): string;
}

/** The sheet a message names in its text ("… does not exist on the Parties sheet"). */
const namedSheet: Record<string, SheetKey> = {
  'ref.unknownNeighbourhood': 'neighbourhoods', 'ref.unknownParty': 'parties', 'ref.unknownFunder': 'parties',
  'ref.unknownVariantGroup': 'variants',
};

/** What is wrong, in `lang`; a sheet the text names is named as the user's workbook spells it. */
export function problemMessage(lang: Lang, p: Problem, spelling?: Spelling): string {
  const message = t(lang, p.code, p.params);
  const sheet = namedSheet[p.code];
  return sheet && spelling ? message.replace(sheetName(sheet, lang), spelling.sheet(sheet)) : message;
}

/** Where a problem is, e.g. "Werken, rij 7, kolom F (gepland)"; empty for the file as a whole. */
export function problemWhere(lang: Lang, p: Problem, spelling?: Spelling): string {
  if (!p.sheet) return '';
  const sheet = spelling ? spelling.sheet(p.sheet) : sheetName(p.sheet, lang);
  let where: string;
  if (p.row !== undefined) where = t(lang, 'problem.sheetRow', { sheet, row: String(p.row) });
  else if (p.index !== undefined) where = t(lang, 'problem.sheetItem', { sheet, item: String(p.index + 1) });
  else where = t(lang, 'problem.sheet', { sheet });
  const header = p.field === undefined ? undefined : spelling ? spelling.column(p.sheet, p.field) : columnHeader(p.sheet, p.field, lang);
  if (p.column !== undefined) {
    where += `, ${t(lang, 'problem.column', { column: p.column })}${header ? ` (${header})` : ''}`;
  } else if (header) where += ` (${header})`;
  return where;
}

/** "Werken, rij 7, kolom F (gepland): Het jaar 2090 ligt buiten de horizon 2025–2074." */
export function renderProblem(lang: Lang, p: Problem, spelling?: Spelling): string {
  const message = problemMessage(lang, p, spelling);
  const where = problemWhere(lang, p, spelling);
  return where ? t(lang, 'problem.at', { where, message }) : message;
}
