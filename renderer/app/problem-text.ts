// A problem as one sentence in the interface language: the codec's renderProblem (sheet, row and
// column named in the same language) where it knows the code, else the plain message.
import type { Lang } from '../../engine/i18n/index';
import { t } from '../../engine/i18n/index';
import { renderProblem } from '../../engine/i18n/problems';
import type { Problem } from '../../engine/problems';

export function renderProblemText(lang: Lang, p: Problem): string {
  try {
    return renderProblem(lang, p);
  } catch {
    return t(lang, p.code, p.params);
  }
}
