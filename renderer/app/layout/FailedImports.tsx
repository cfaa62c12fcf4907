// Files that could not be opened at all: their problems in a place of their own, above whichever
// view is shown, so they are never read as problems of the scenario that happens to be open.
import { useI18n } from '../i18n';
import type { FailedImport } from '../hooks/use-files';
import { ProblemGroupView } from '../views/ProblemsView';

export function FailedImports({ failed, onDismiss }: { failed: readonly FailedImport[]; onDismiss: (id: string) => void }) {
  const { t } = useI18n();
  if (failed.length === 0) return null;
  return (
    <section className="failed-imports" aria-label={t('ui.failed.title')} data-testid="failed-imports">
      {failed.map((f) => (
        <ProblemGroupView key={f.id} group={{
          id: f.id, title: t('ui.problems.failedImport', { name: f.name }), problems: f.problems, lang: f.lang,
          onDismiss: () => onDismiss(f.id),
        }} />
      ))}
    </section>
  );
}
