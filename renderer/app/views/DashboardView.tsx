// The results of the active scenario: the dashboard (renderer/dashboard) beside the what-if panel.
// When the inputs do not compute, the problems take the dashboard's place.
import { Dashboard, WhatIfPanel } from '../../dashboard/index';
import type { Scenario } from '../../../engine/scenario/schema';
import { problemCount } from '../../../engine/i18n/limits';
import { useI18n } from '../i18n';
import { ReportFooter, ReportHeader } from './ReportFrame';
import type { ResultViewProps } from './result-view';
import { BreakEvenControl, UncertaintyPanel } from '../../uncertainty/index';
import type { AnalysisResult } from '../../../engine/uncertainty/protocol';
import { lastValid } from '../fix/last-valid';
import { OutdatedBanner } from '../fix/OutdatedBanner';

interface Props extends ResultViewProps {
  onPng: (bytes: Uint8Array, name: string) => void;
  onRow: (sheet: string, id: string) => void;
  onShowProblems: () => void;
  /** A newer result is being computed: this one is shown, marked as out of date. */
  stale?: boolean;
  /** An uncertainty run finished (for the results export). */
  onUncertainty?: (scenario: Scenario, result: AnalysisResult) => void;
  /** Which document: its last result that computed stays on screen after a breaking edit. */
  docId?: string;
}

export function DashboardView(p: Props) {
  const { t, lang } = useI18n();
  const kept = p.docId ? lastValid(p.docId, p.outcome, p.scenario) : null;
  const outdated = !p.outcome.ok && kept !== null;
  return (
    <div className={p.stale || outdated ? 'dashboard-view stale' : 'dashboard-view'} aria-busy={p.stale || undefined}>
      {outdated && !p.outcome.ok && <OutdatedBanner errors={p.outcome.problems.filter((x) => x.severity === 'error').length} onShowProblems={p.onShowProblems} />}
      <div className="dashboard-main" data-outdated={outdated || undefined}>
        {kept
          ? <>
              <ReportHeader name={kept.scenario.settings.name} result={kept.outcome.result} />
              <Dashboard result={kept.outcome.result} scenario={kept.scenario} lang={lang} onExportPng={p.onPng}
                onJumpToRow={(row) => p.onRow(row.sheet, row.id)} docId={p.docId} />
            </>
          : p.outcome.ok
          ? <>
              <ReportHeader name={p.scenario.settings.name} result={p.outcome.result} />
              <Dashboard result={p.outcome.result} scenario={p.scenario} lang={lang} onExportPng={p.onPng}
                onJumpToRow={(row) => p.onRow(row.sheet, row.id)} docId={p.docId} />
              <UncertaintyPanel scenario={p.scenario} lang={lang} {...(p.onUncertainty ? { onResult: p.onUncertainty } : {})} />
              <ReportFooter scenario={p.scenario} result={p.outcome.result} />
            </>
          : (
            <div className="not-computed" role="alert">
              <p>{t('ui.dashboard.notComputed', { n: problemCount(lang, p.outcome.problems) })}</p>
              <button type="button" onClick={p.onShowProblems}>{t('ui.dashboard.showProblems')}</button>
            </div>
          )}
      </div>
      <aside className="whatif-aside" id="whatif" tabIndex={-1} aria-label={t('ui.whatif')}>
        <WhatIfPanel whatIf={p.whatIf} onChange={p.onWhatIf} onReset={p.onReset} scenario={p.baseScenario} lang={lang} />
        {p.outcome.ok && <BreakEvenControl scenario={p.scenario} lang={lang} />}
      </aside>
    </div>
  );
}
