// Reading a scenario workbook from disk: bytes -> scenario, or the problems as an
// InvalidInputError (exit 2). Shared by every command that takes a workbook.
import type { Lang } from '../engine/i18n';
import type { Problem } from '../engine/problems';
import type { Scenario } from '../engine/scenario/schema';
import { locate, readWorkbook, type Sources } from '../engine/workbook/read';
import { InvalidInputError } from './errors';
import { readBytes } from './io';

export interface Loaded {
  path: string;
  scenario: Scenario;
  lang: Lang;
  sources: Sources;
  warnings: Problem[];
}

export async function loadWorkbook(path: string): Promise<Loaded> {
  const read = readWorkbook(await readBytes(path));
  // Even a failed read knows the workbook's language from its sheet names: the problems then name
  // "Works, row 4, column D (plannedYear)" as the file spells them, not in the locale's language.
  if (!read.ok) throw new InvalidInputError(path, read.problems, read.lang);
  return { path, scenario: read.scenario, lang: read.lang, sources: read.sources, warnings: read.warnings };
}

/** Engine-side problems carry sheet+index+field; give them the workbook's row and column. */
export function locateAll(problems: readonly Problem[], loaded: Loaded): Problem[] {
  return problems.map((p) => locate(p, loaded.sources));
}
