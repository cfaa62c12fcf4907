// The open scenarios and their edit history. Every edit (an input cell, a pasted block, a row added,
// a what-if slider) replaces a document's `present` with a new immutable DocState and pushes the old
// one on `past`, so undo and redo cover every edit alike and "unsaved" is a reference comparison.
import type { Scenario } from '../../../engine/scenario/schema';
import type { Problem } from '../../../engine/problems';
import type { Lang } from '../../../engine/i18n/index';
import type { Sources } from '../../../engine/workbook/read';
import { emptyWhatIf, type WhatIf } from '../../dashboard/whatif';

export interface DocState {
  scenario: Scenario;
  whatIf: WhatIf;
}

export interface Doc {
  id: string;
  name: string;
  /** Where it was opened from or saved to in the desktop shell. */
  path?: string;
  /** The language of its workbook: the one it was read in, and then the one it was last saved in.
   *  Saving keeps it, whatever the interface language; only "save in Dutch/English" changes it.
   *  Absent for a scenario that has no workbook yet: it is saved in the interface language. */
  lang?: Lang;
  present: DocState;
  past: DocState[];
  future: DocState[];
  /** The state last opened or saved; `present !== saved` means unsaved changes. */
  saved: DocState | null;
  /** Problems found when the workbook was read (the list the user clicks through). */
  problems: Problem[];
  /** Key of the last edit, so a slider drag is one undo step, not a hundred. */
  lastEditKey?: string;
  lastEditAt?: number;
  /** Where each row and column sat in the workbook it was read from, valid for `sourcesOf` only:
   *  problems of those very inputs name the workbook's own row numbers and column letters. Its
   *  sheet names and headers are how the user's file spells them, until the workbook is saved. */
  sources?: Sources;
  sourcesOf?: Scenario;
}

export type View = 'dashboard' | 'inputs' | 'problems' | 'compare';

export interface AppState {
  docs: Doc[];
  activeId: string | null;
  /** Documents chosen for the side-by-side comparison (2 to 4). Until the user chooses, the active
   *  document and the one active before it, so Compare shows something at once. */
  compareIds: string[];
  /** The user chose the compared documents themselves: the choice then stays as they made it. */
  compareChosen: boolean;
  /** The document active before the current one. */
  previousId: string | null;
  view: View;
}

export const initialAppState: AppState = { docs: [], activeId: null, compareIds: [], compareChosen: false, previousId: null, view: 'dashboard' };

const HISTORY_LIMIT = 200;
const COALESCE_MS = 1500;

export type Action =
  | { type: 'open'; doc: Doc; view?: View }
  | { type: 'close'; id: string }
  | { type: 'activate'; id: string }
  | { type: 'edit'; id: string; update: (s: DocState) => DocState; key?: string; at?: number }
  | { type: 'undo'; id: string }
  | { type: 'redo'; id: string }
  /** `lang`: the workbook was written in that language (it is the document's language from now on). */
  | { type: 'saved'; id: string; path?: string; name?: string; lang?: Lang }
  | { type: 'setView'; view: View }
  | { type: 'setCompare'; ids: string[] }
  | { type: 'replaceAll'; docs: Doc[]; activeId: string | null }
  | { type: 'rename'; id: string; name: string };

let counter = 0;
export function newDocId(): string {
  counter += 1;
  return `d${Date.now().toString(36)}${counter.toString(36)}`;
}

export function makeDoc(
  name: string,
  scenario: Scenario,
  opts: { path?: string; problems?: Problem[]; whatIf?: WhatIf; dirty?: boolean; sources?: Sources; lang?: Lang } = {},
): Doc {
  const present: DocState = { scenario, whatIf: opts.whatIf ?? emptyWhatIf };
  return {
    id: newDocId(),
    name,
    path: opts.path,
    ...(opts.lang ? { lang: opts.lang } : {}),
    present,
    past: [],
    future: [],
    saved: opts.dirty ? null : present,
    problems: opts.problems ?? [],
    ...(opts.sources ? { sources: opts.sources, sourcesOf: scenario } : {}),
  };
}

export const isDirty = (d: Doc): boolean => d.present !== d.saved;
export const canUndo = (d: Doc): boolean => d.past.length > 0;
export const canRedo = (d: Doc): boolean => d.future.length > 0;

function mapDoc(state: AppState, id: string, f: (d: Doc) => Doc): AppState {
  let changed = false;
  const docs = state.docs.map((d) => {
    if (d.id !== id) return d;
    const n = f(d);
    if (n !== d) changed = true;
    return n;
  });
  return changed ? { ...state, docs } : state;
}

/** The pair compared before the user chooses: the active document and the one active before it
 *  (or else its neighbour), in tab order. */
export function defaultCompare(state: AppState): string[] {
  const ids = state.docs.map((d) => d.id);
  const active = state.activeId;
  if (ids.length < 2 || active === null) return [];
  const i = ids.indexOf(active);
  const other = state.previousId !== null && state.previousId !== active && ids.includes(state.previousId)
    ? state.previousId : ids[i > 0 ? i - 1 : i + 1]!;
  return ids.filter((id) => id === active || id === other);
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function reduce(state: AppState, a: Action): AppState {
  const next = reduceDocs(state, a);
  if (next.compareChosen) return next;
  const pair = defaultCompare(next);
  return sameIds(pair, next.compareIds) ? next : { ...next, compareIds: pair };
}

const activate = (state: AppState, id: string): Pick<AppState, 'activeId' | 'previousId'> =>
  ({ activeId: id, previousId: state.activeId === id ? state.previousId : state.activeId });

function reduceDocs(state: AppState, a: Action): AppState {
  switch (a.type) {
    case 'open':
      return { ...state, docs: [...state.docs, a.doc], ...activate(state, a.doc.id), view: a.view ?? state.view };
    case 'close': {
      const i = state.docs.findIndex((d) => d.id === a.id);
      if (i < 0) return state;
      const docs = state.docs.filter((d) => d.id !== a.id);
      const activeId = state.activeId === a.id ? (docs[Math.min(i, docs.length - 1)]?.id ?? null) : state.activeId;
      return { ...state, docs, activeId, compareIds: state.compareIds.filter((c) => c !== a.id) };
    }
    case 'activate':
      return state.docs.some((d) => d.id === a.id) && state.activeId !== a.id ? { ...state, ...activate(state, a.id) } : state;
    case 'edit':
      return mapDoc(state, a.id, (d) => {
        const next = a.update(d.present);
        if (next === d.present) return d;
        const coalesce = a.key !== undefined && a.key === d.lastEditKey && d.future.length === 0
          && a.at !== undefined && d.lastEditAt !== undefined && a.at - d.lastEditAt < COALESCE_MS
          && d.past.length > 0;
        const past = coalesce ? d.past : [...d.past, d.present].slice(-HISTORY_LIMIT);
        return { ...d, present: next, past, future: [], lastEditKey: a.key, lastEditAt: a.at };
      });
    case 'undo':
      return mapDoc(state, a.id, (d) => {
        const prev = d.past[d.past.length - 1];
        if (!prev) return d;
        return { ...d, present: prev, past: d.past.slice(0, -1), future: [d.present, ...d.future], lastEditKey: undefined };
      });
    case 'redo':
      return mapDoc(state, a.id, (d) => {
        const next = d.future[0];
        if (!next) return d;
        return { ...d, present: next, past: [...d.past, d.present], future: d.future.slice(1), lastEditKey: undefined };
      });
    case 'saved':
      return mapDoc(state, a.id, (d) => {
        // The file is now as the writer wrote it: its own rows and spelling are those of the writer.
        const { sources: _s, sourcesOf: _o, ...rest } = d;
        const lang = a.lang ?? d.lang;
        return { ...(a.lang ? rest : d), saved: d.present, path: a.path ?? d.path, name: a.name ?? d.name, ...(lang ? { lang } : {}) };
      });
    case 'rename':
      return mapDoc(state, a.id, (d) => (d.name === a.name ? d : { ...d, name: a.name }));
    case 'setView':
      return state.view === a.view ? state : { ...state, view: a.view };
    case 'setCompare':
      return { ...state, compareChosen: true, compareIds: a.ids.filter((id) => state.docs.some((d) => d.id === id)).slice(0, 4) };
    case 'replaceAll':
      return { ...state, docs: a.docs, activeId: a.activeId ?? a.docs[0]?.id ?? null, previousId: null, compareIds: [], compareChosen: false };
  }
}

export const activeDoc = (s: AppState): Doc | undefined => s.docs.find((d) => d.id === s.activeId);

/** A new scenario holding the current what-if as its own inputs (the what-if starts empty again). */
export function snapshotDoc(d: Doc, name: string, apply: (s: Scenario, w: WhatIf) => Scenario): Doc {
  const scenario = apply(d.present.scenario, d.present.whatIf);
  const named = { ...scenario, settings: { ...scenario.settings, name } };
  // A copy of a workbook is saved in the workbook's language, like the workbook itself.
  return makeDoc(name, named, { dirty: true, ...(d.lang ? { lang: d.lang } : {}) });
}
