// A problem found while importing a planning. Unlike a scenario Problem it is placed in the
// planning file, not in the scenario workbook: `sheet` is the file's sheet name (or the CSV's file
// name), `row` the Excel row or CSV line, `column` the header as spelled in the file.
import { t, type Lang } from '../i18n';
import './messages';
import '../i18n/problems';

export interface PlanningProblem {
  code: string;
  severity: 'error' | 'warning';
  params: Record<string, string | number>;
  sheet?: string;
  row?: number;
  column?: string;
  /** The Works field concerned. */
  field?: string;
}

export function planningProblem(
  code: string, params: Record<string, string | number> = {},
  at: Pick<PlanningProblem, 'sheet' | 'row' | 'column' | 'field'> = {}, severity: 'error' | 'warning' = 'error',
): PlanningProblem {
  return { code, severity, params, ...at };
}

/** The problem as one sentence, its place in the file first. */
export function planningProblemText(lang: Lang, p: PlanningProblem): string {
  const text = t(lang, p.code, p.params);
  if (p.sheet === undefined || p.row === undefined) return text;
  const where = p.column !== undefined
    ? t(lang, 'planning.where', { sheet: p.sheet, row: String(p.row), column: p.column })
    : t(lang, 'planning.whereRow', { sheet: p.sheet, row: String(p.row) });
  return `${where}: ${text}`;
}
