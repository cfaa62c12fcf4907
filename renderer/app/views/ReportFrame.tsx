// What the printed report (Ctrl+P, the desktop "Report as PDF") adds around the dashboard: a title
// with the scenario's name and the date, and at the end the method in one paragraph and the
// provenance stamp (method and app version, input hash, computation time), so a printed figure can
// be traced to the workbook and the code that made it. Hidden on screen (print.css).
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import { dateTimeUtc as when } from '../../dashboard/format';
import { useI18n } from '../i18n';

export function ReportHeader(p: { name: string; result: ComputeResult }) {
  const { t, lang } = useI18n();
  return (
    <header className="report-header" data-report="header">
      <h1>{t('ui.report.title', { name: p.name })}</h1>
      <p>{t('ui.report.date', { date: when(lang, p.result.meta.computedAt) })}</p>
    </header>
  );
}

export function ReportFooter(p: { scenario: Scenario; result: ComputeResult }) {
  const { t, lang, pct } = useI18n();
  const s = p.scenario.settings;
  const m = p.result.meta;
  return (
    <footer className="report-footer" data-report="footer">
      <h2>{t('ui.report.methodTitle')}</h2>
      <p>{t('ui.report.method', {
        base: s.baseYear, horizon: s.horizonYears, rate: pct(s.discountRate, 2),
        rule: t(`ui.report.rule.${s.allocationRule}`),
      })}</p>
      <p className="report-stamp" data-report="stamp">
        {t('ui.report.stamp', { method: m.method, app: m.app, input: m.input, date: when(lang, m.computedAt) })}
      </p>
    </footer>
  );
}
