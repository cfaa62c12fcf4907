// A problem as text in the interface language: where it is (sheet, workbook row or item number,
// column letter and header, as the codec's renderProblem names them) and what is wrong, apart, so
// the list can show the place first and clearly.
import type { Lang } from '../../engine/i18n/index';
import { t } from '../../engine/i18n/index';
import { problemMessage, problemWhere, renderProblem, type Spelling } from '../../engine/i18n/problems';
import type { Problem } from '../../engine/problems';
import { columnHeader, sheetName } from '../../engine/scenario/columns';
import type { Sources } from '../../engine/workbook/read';

/** The spelling of a document's own workbook: the names and headers as read from the file while
 *  it is the file the user has (`sources`), else the template's names in the workbook's language. */
export function workbookSpelling(lang: Lang, sources?: Sources): Spelling {
  return {
    sheet: (key) => sources?.[key]?.name ?? sheetName(key, lang),
    column: (key, field) => sources?.[key]?.columns[field]?.header ?? columnHeader(key, field, lang),
  };
}

/** The workbook row of a table row: the header is row 1, so item i (from 0) is on row i + 2.
 *  The interface numbers rows this one way everywhere, as the user finds them in their own file. */
export const excelRow = (index: number): number => index + 2;

/** A problem that names an item of a table names its workbook row instead. */
function withRow(p: Problem): Problem {
  return p.row === undefined && p.index !== undefined && p.sheet && p.sheet !== 'settings' ? { ...p, row: excelRow(p.index) } : p;
}

export function renderProblemText(lang: Lang, problem: Problem, spelling?: Spelling): string {
  const p = withRow(problem);
  try {
    return renderProblem(lang, p, spelling);
  } catch {
    return t(lang, p.code, p.params);
  }
}

export interface ProblemParts {
  /** e.g. "Werken, rij 4, kolom C (wijk)"; empty when the problem is about the file as a whole. */
  where: string;
  message: string;
}

export function problemParts(lang: Lang, problem: Problem, spelling?: Spelling): ProblemParts {
  const p = withRow(problem);
  const message = problemMessage(lang, p, spelling);
  try {
    return { where: problemWhere(lang, p, spelling), message };
  } catch {
    return { where: '', message: renderProblemText(lang, p, spelling) };
  }
}
