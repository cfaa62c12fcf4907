// A problem as text in the interface language: where it is (sheet, workbook row or item number,
// column letter and header, as the codec's renderProblem names them) and what is wrong, apart, so
// the list can show the place first and clearly.
import type { Lang } from '../../engine/i18n/index';
import { t } from '../../engine/i18n/index';
import { renderProblem } from '../../engine/i18n/problems';
import type { Problem } from '../../engine/problems';
import { columnHeader, sheetName } from '../../engine/scenario/columns';

export function renderProblemText(lang: Lang, p: Problem): string {
  try {
    return renderProblem(lang, p);
  } catch {
    return t(lang, p.code, p.params);
  }
}

export interface ProblemParts {
  /** e.g. "Werken, rij 4, kolom C (wijk)"; empty when the problem is about the file as a whole. */
  where: string;
  message: string;
}

export function problemParts(lang: Lang, p: Problem): ProblemParts {
  const message = t(lang, p.code, p.params);
  if (!p.sheet) return { where: '', message };
  try {
    const sheet = sheetName(p.sheet, lang);
    let where: string;
    if (p.row !== undefined) where = t(lang, 'problem.sheetRow', { sheet, row: String(p.row) });
    else if (p.index !== undefined) where = t(lang, 'problem.sheetItem', { sheet, item: String(p.index + 1) });
    else where = t(lang, 'problem.sheet', { sheet });
    const header = p.field !== undefined ? columnHeader(p.sheet, p.field, lang) : undefined;
    if (p.column !== undefined) where += `, ${t(lang, 'problem.column', { column: p.column })}${header ? ` (${header})` : ''}`;
    else if (header) where += ` (${header})`;
    return { where, message };
  } catch {
    return { where: '', message: renderProblemText(lang, p) };
  }
}
