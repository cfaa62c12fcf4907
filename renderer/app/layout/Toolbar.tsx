// The top bar: the workbench's actions and the interface language.
import type { Lang } from '../../../engine/i18n/index';
import type { Scenario } from '../../../engine/scenario/schema';
import type { ResultsForm } from '../compute/results-export';
import { useI18n } from '../i18n';
import { PlanningImport } from '../planning/PlanningImport';
import { canRedo, canUndo, type Doc } from '../state/documents';
import { ExportMenu } from '../views/ExportMenu';
import '../../../engine/i18n/workbook-lang';

export interface ToolbarActions {
  open: () => void;
  save: () => void;
  /** Save the workbook in the other language (a new file; the document's language from then on). */
  saveIn: (lang: Lang) => void;
  saveWorkspace: () => void;
  exportResults: (form: ResultsForm) => void;
  print: () => void;
  /** The printed proposal to the party chosen in the party view. */
  proposal?: () => void;
  undo: () => void;
  redo: () => void;
  snapshot: () => void;
  present: () => void;
  applyPlanning: (doc: Doc, next: Scenario) => void;
  setLang: (lang: Lang) => void;
}

interface Props {
  desktop: boolean;
  doc: Doc | undefined;
  /** A result is on screen (not a list of problems). */
  resultOk: boolean;
  exportBusy: boolean;
  withUncertainty: boolean;
  actions: ToolbarActions;
}

export function Toolbar({ desktop, doc, resultOk, exportBusy, withUncertainty, actions: a }: Props) {
  const { t, lang } = useI18n();
  const own = doc?.lang ?? lang;
  const other: Lang = own === 'nl' ? 'en' : 'nl';
  return (
    <header className="topbar">
      <h1 className="brand">Koppelkans</h1>
      <nav className="toolbar" aria-label={t('ui.toolbar')}>
        <button type="button" onClick={a.open} title={t('ui.shortcut', { keys: 'Ctrl+O' })} data-testid="open">{t('ui.action.open')}</button>
        <button type="button" onClick={a.save} disabled={!doc} title={t('wblang.saveHint', { keys: 'Ctrl+S', in: t(`wblang.in.${own}`) })} data-testid="save" data-lang={own}>{t('ui.action.saveWorkbook')}</button>
        <button type="button" onClick={() => a.saveIn(other)} disabled={!doc} title={t('wblang.saveInHint', { in: t(`wblang.in.${other}`) })} data-testid="save-in-lang" data-lang={other}>{t(`wblang.saveIn.${other}`)}</button>
        <button type="button" onClick={a.saveWorkspace} disabled={!doc} data-testid="save-workspace">{t('ui.action.saveWorkspace')}</button>
        <ExportMenu disabled={!resultOk} busy={exportBusy} withUncertainty={withUncertainty} onExport={a.exportResults}
          {...(a.proposal ? { onProposal: a.proposal } : {})}
          {...(desktop ? { keys: { values: 'Ctrl+E', formulas: 'Ctrl+Shift+E' } } : {})} />
        <button type="button" onClick={a.print} disabled={!resultOk}>{t('ui.action.print')}</button>
        <span className="sep" aria-hidden="true" />
        <button type="button" onClick={a.undo} disabled={!doc || !canUndo(doc)} title={t('ui.shortcut', { keys: 'Ctrl+Z' })} data-testid="undo">{t('ui.action.undo')}</button>
        <button type="button" onClick={a.redo} disabled={!doc || !canRedo(doc)} title={t('ui.shortcut', { keys: 'Ctrl+Y' })} data-testid="redo">{t('ui.action.redo')}</button>
        <button type="button" onClick={a.snapshot} disabled={!doc} data-testid="snapshot">{t('ui.action.snapshot')}</button>
        {doc && <PlanningImport key={doc.id} scenario={doc.present.scenario} onApply={(next) => a.applyPlanning(doc, next)} />}
        <button type="button" onClick={a.present} disabled={!resultOk} title={t('ui.shortcut', { keys: desktop ? 'F5' : 'Ctrl+Shift+P' })} data-testid="present">{t('ui.action.present')}</button>
        <label className="lang">
          <span className="sr-only">{t('ui.language')}</span>
          <select value={lang} onChange={(e) => a.setLang(e.target.value as Lang)} data-testid="language">
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </nav>
    </header>
  );
}
