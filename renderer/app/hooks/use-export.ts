// Results out of the workbench: a results workbook (values or formulas), a chart as PNG, a PDF.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { requestProposal, setProposalPrinter } from '../../dashboard/index';
import { whenDetailsCame } from '../../dashboard/details';
import type { Lang } from '../../../engine/i18n/index';
import type { Scenario } from '../../../engine/scenario/schema';
import type { AnalysisResult } from '../../../engine/uncertainty/protocol';
import type { Computer, ResultsWriter } from '../compute/computer';
import type { ResultsForm } from '../compute/results-export';
import type { Shell } from '../shell/types';
import { activeDoc } from '../state/documents';
import { bufferView, type Core } from './core';
import { whilePrinting } from '../../virtual/printing';

interface Options {
  core: Core;
  shell: Shell;
  computer: Computer;
  resultsWriter: ResultsWriter;
  lang: Lang;
}

export function useExport({ core, shell, computer, resultsWriter, lang }: Options) {
  const { dispatch, stateRef, i18n, setNotice } = core;
  // A results workbook being written (big ones in a worker): shown as busy, the export disabled.
  const [exporting, setExporting] = useState<{ since: number } | null>(null);
  const exportingRef = useRef(false);
  // Uncertainty runs by the exact scenario they analysed (the computed, what-if-applied one): the
  // results export adds their sheets only while the result on screen is of that same scenario.
  const uncertaintyRuns = useRef(new WeakMap<Scenario, AnalysisResult>());
  const [, uncertaintyArrived] = useReducer((n: number) => n + 1, 0);
  const onUncertainty = useCallback((scenario: Scenario, result: AnalysisResult) => {
    uncertaintyRuns.current.set(scenario, result);
    uncertaintyArrived();
  }, []);
  const hasUncertainty = (scenario: Scenario): boolean => uncertaintyRuns.current.has(scenario);

  const saveResults = useCallback(async (form: ResultsForm = 'values') => {
    const d = activeDoc(stateRef.current);
    if (!d || exportingRef.current) return;
    const entry = computer.peek(d.present);
    if (!entry) {
      setNotice(i18n.t('ui.notice.stillComputing'));
      return;
    }
    const { effective, outcome } = entry;
    if (!outcome.ok) {
      setNotice(i18n.t('ui.notice.noResults'));
      return;
    }
    const uncertainty = form === 'values' ? uncertaintyRuns.current.get(effective) : undefined;
    const mark = { since: performance.now() };
    exportingRef.current = true;
    setExporting(mark);
    try {
      // A big result's lists and views may still be on their way from the worker.
      await whenDetailsCame(outcome.result);
      const bytes = await resultsWriter({ form, scenario: effective, result: outcome.result, lang, ...(uncertainty ? { uncertainty } : {}) });
      const name = i18n.t(form === 'formulas' ? 'ui.export.formulasName' : 'ui.export.resultsName', { name: d.name });
      const r = await shell.save({ suggestedName: name, bytes: bufferView(bytes), kind: 'results' });
      if (r.ok) setNotice(i18n.t(uncertainty ? 'ui.notice.exportedUncertainty' : 'ui.notice.exported'));
      else if (!r.cancelled) setNotice(i18n.t('ui.notice.error', { detail: r.message ?? r.code ?? '' }));
    } catch (e) {
      setNotice(i18n.t('ui.notice.error', { detail: String(e) }));
    } finally {
      exportingRef.current = false;
      setExporting(null);
    }
  }, [shell, lang, i18n, computer, resultsWriter, stateRef, setNotice]);

  const savePng = useCallback((bytes: Uint8Array, name: string) => {
    void shell.save({ suggestedName: name.endsWith('.png') ? name : `${name}.png`, bytes: bufferView(bytes), kind: 'png' });
  }, [shell]);

  const print = useCallback(async () => {
    const d = activeDoc(stateRef.current);
    dispatch({ type: 'setView', view: 'dashboard' });
    // Let the dashboard render before the print snapshot is taken.
    await new Promise((r) => setTimeout(r, 50));
    // Every row of the long tables, not the window a scroll box shows.
    await whilePrinting(() => shell.printToPdf(`${d?.name ?? 'Koppelkans'}.pdf`));
  }, [shell, dispatch, stateRef]);

  // The proposal per party prints through the shell too: a PDF with the party's file name on the
  // desktop, the print dialog in a browser. It is drawn by the party view, on the dashboard.
  useEffect(() => setProposalPrinter((name) => shell.printToPdf(name)), [shell]);
  const proposal = useCallback(() => {
    dispatch({ type: 'setView', view: 'dashboard' });
    requestProposal();
  }, [dispatch]);

  return { exporting, onUncertainty, hasUncertainty, saveResults, savePng, print, proposal };
}
