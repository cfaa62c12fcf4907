// What the views show of the computed results, derived on each render: the active document's result
// (ready, or being computed in the worker: then the previous one stays on screen, marked as out of
// date, with a busy indicator), its problem groups and the documents being compared.
import { tally, type Problem } from '../../../engine/problems';
import { locate } from '../../../engine/workbook/read';
import { emptyWhatIf, type WhatIf } from '../../dashboard/whatif';
import type { Computer, Entry } from '../compute/computer';
import type { I18n } from '../i18n';
import type { AppState, Doc } from '../state/documents';
import type { CompareItem } from '../views/CompareView';
import type { ProblemGroup } from '../views/ProblemsView';
import { workbookSpelling } from '../problem-text';
import type { ResultViewProps } from '../views/result-view';

type Jump = (p: { sheet?: string; index?: number; field?: string }) => void;

interface Inputs {
  state: AppState;
  doc: Doc | undefined;
  computer: Computer;
  t: I18n['t'];
  jumpTo: Jump;
  editWhatIf: (id: string, whatIf: WhatIf, key?: string) => void;
}

export function workbenchResults({ state, doc, computer, t, jumpTo, editWhatIf }: Inputs) {
  const lane = doc ? computer.resolve(doc.id, doc.present) : null;
  const current: Entry | null = lane ? (lane.entry ?? lane.stale) : null;
  const busy = lane?.busy ?? false;
  // Problems of inputs just read from a workbook name its own rows and columns.
  const located = (ps: readonly Problem[]): Problem[] =>
    doc?.sources && doc.sourcesOf === doc.present.scenario ? ps.map((p) => locate(p, doc.sources!)) : [...ps];

  // A document's problems name its sheets and columns as its own workbook spells them.
  const spelling = doc?.lang ? { spelling: workbookSpelling(doc.lang, doc.sources) } : {};
  const groups: ProblemGroup[] = [
    ...(doc && current && !current.outcome.ok
      ? [{ id: 'current', title: t('ui.problems.current', { name: doc.name }), problems: located(current.outcome.problems), onJump: jumpTo, ...spelling }] : []),
    ...(doc && current && current.outcome.ok && current.outcome.warnings.length > 0
      ? [{ id: 'warnings', title: t('ui.problems.warnings', { name: doc.name }), problems: located(current.outcome.warnings), onJump: jumpTo, ...spelling }] : []),
    ...(doc && doc.problems.length > 0
      ? [{ id: 'import', title: t('ui.problems.import', { name: doc.name }), problems: doc.problems, onJump: jumpTo, ...spelling }] : []),
  ];
  const problemCount = tally(groups.flatMap((g) => g.problems), 'error');
  const editorProblems = current && !current.outcome.ok ? current.outcome.problems : (current?.outcome.ok ? current.outcome.warnings : []);

  const compareItems: CompareItem[] = state.compareIds
    .map((id) => state.docs.find((d) => d.id === id))
    .filter((d): d is Doc => d !== undefined)
    .map((d) => {
      const v = computer.resolve(d.id, d.present);
      const r = v.entry ?? v.stale;
      return { id: d.id, name: d.name, scenario: r?.effective ?? d.present.scenario, result: r?.outcome.ok ? r.outcome.result : null };
    });

  // The dashboard and the presentation show the same result with the same what-if controls.
  const resultView: ResultViewProps | null = doc && current ? {
    outcome: current.outcome,
    scenario: current.effective,
    baseScenario: doc.present.scenario,
    whatIf: doc.present.whatIf,
    onWhatIf: (w) => editWhatIf(doc.id, w),
    onReset: () => editWhatIf(doc.id, emptyWhatIf, 'whatif-reset'),
  } : null;

  return { lane, current, busy, groups, problemCount, editorProblems, compareItems, resultView };
}
