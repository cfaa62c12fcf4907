// Problems as a list the user clicks through: each names sheet, row and column and jumps there in
// the editor. Shows the problems of the active scenario; a file that could not be opened has its own
// place (FailedImports), apart from any scenario.
import type { Lang } from '../../../engine/i18n/index';
import type { Problem } from '../../../engine/problems';
import type { Spelling } from '../../../engine/i18n/problems';
import { useI18n } from '../i18n';
import { problemParts } from '../problem-text';

export interface ProblemGroup {
  id: string;
  title: string;
  problems: readonly Problem[];
  /** The language the problems are written in, when not the interface's: a workbook that could not
   *  be opened is fixed in the file, so its problems speak the file's language. */
  lang?: Lang;
  /** How the document's own workbook spells its sheets and columns, so the place of a problem is
   *  named as the user finds it in their file, in whatever language the text is. */
  spelling?: Spelling;
  /** Absent: the problems belong to a file that could not be opened, so there is no cell to go to. */
  onJump?: (p: Problem) => void;
  onDismiss?: () => void;
}

export function ProblemsView({ groups }: { groups: ProblemGroup[] }) {
  const { t } = useI18n();
  const total = groups.reduce((n, g) => n + g.problems.length, 0);
  return (
    <section className="problems" aria-label={t('ui.view.problems')}>
      {total === 0 && <p>{t('ui.problems.none')}</p>}
      {groups.filter((g) => g.problems.length > 0).map((g) => <ProblemGroupView key={g.id} group={g} />)}
    </section>
  );
}

/** One group: its title, a dismiss button when it can be hidden, and its problems. */
export function ProblemGroupView({ group: g }: { group: ProblemGroup }) {
  const { t, lang } = useI18n();
  return (
    <div className="problem-group" data-testid="problem-group">
      <h2>{g.title}</h2>
      {g.onDismiss && <button type="button" onClick={g.onDismiss}>{t('ui.problems.dismiss')}</button>}
      <ol className="problem-list" lang={g.lang && g.lang !== lang ? g.lang : undefined}>
        {g.problems.map((p, i) => {
          const { where, message } = problemParts(g.lang ?? lang, p, g.spelling);
          const cls = p.severity === 'warning' ? 'warning' : 'error';
          // The place first, on its own, then what is wrong there.
          const body = (
            <>
              {where && <span className="where">{where}</span>}
              <span className="message">{message}</span>
            </>
          );
          return (
            <li key={i} className={cls}>
              <span className="sr-only">{t(p.severity === 'warning' ? 'ui.problems.warning' : 'ui.problems.error')}: </span>
              {g.onJump && p.sheet
                ? <button type="button" className="linklike problem-item" data-testid="problem-item" onClick={() => g.onJump?.(p)}>{body}</button>
                : <span className="problem-item" data-testid="problem-item">{body}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
