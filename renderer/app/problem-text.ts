// A problem as text in the interface language: where it is (sheet, workbook row or item number,
// column letter and header, as the codec's renderProblem names them) and what is wrong, apart, so
// the list can show the place first and clearly.
import type { Lang } from '../../engine/i18n/index';
import { t } from '../../engine/i18n/index';
import { problemWhere, renderProblem } from '../../engine/i18n/problems';
import type { Problem } from '../../engine/problems';

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
  try {
    return { where: problemWhere(lang, p), message };
  } catch {
    return { where: '', message: renderProblemText(lang, p) };
  }
}
