// The document reducer: every edit is undoable, a slider drag is one undo step, "unsaved" follows
// the saved state through undo and redo, and a snapshot turns the what-if into inputs.
import { describe, expect, it } from 'vitest';
import { buildExample } from '../../../scenarios/example/index';
import { applyWhatIf, emptyWhatIf } from '../../../renderer/dashboard/whatif';
import {
  activeDoc, canRedo, canUndo, initialAppState, isDirty, makeDoc, reduce, snapshotDoc, type AppState, type DocState,
} from '../../../renderer/app/state/documents';

const withDoc = (): AppState => reduce(initialAppState, { type: 'open', doc: makeDoc('Voorbeeld', buildExample()) });
const setRate = (rate: number) => (s: DocState): DocState => ({ ...s, scenario: { ...s.scenario, settings: { ...s.scenario.settings, discountRate: rate } } });

describe('documents reducer', () => {
  it('opens a clean document and makes it active', () => {
    const s = withDoc();
    const d = activeDoc(s)!;
    expect(d.name).toBe('Voorbeeld');
    expect(isDirty(d)).toBe(false);
    expect(canUndo(d)).toBe(false);
  });

  it('undoes and redoes every edit, and dirty follows the saved state', () => {
    let s = withDoc();
    const id = s.activeId!;
    const original = activeDoc(s)!.present;
    s = reduce(s, { type: 'edit', id, update: setRate(0.03), key: 'a', at: 1 });
    s = reduce(s, { type: 'edit', id, update: setRate(0.04), key: 'b', at: 2 });
    expect(activeDoc(s)!.present.scenario.settings.discountRate).toBe(0.04);
    expect(isDirty(activeDoc(s)!)).toBe(true);
    s = reduce(s, { type: 'undo', id });
    expect(activeDoc(s)!.present.scenario.settings.discountRate).toBe(0.03);
    s = reduce(s, { type: 'undo', id });
    expect(activeDoc(s)!.present).toBe(original);
    expect(isDirty(activeDoc(s)!)).toBe(false);
    expect(canUndo(activeDoc(s)!)).toBe(false);
    s = reduce(s, { type: 'redo', id });
    s = reduce(s, { type: 'redo', id });
    expect(activeDoc(s)!.present.scenario.settings.discountRate).toBe(0.04);
    expect(canRedo(activeDoc(s)!)).toBe(false);
  });

  it('a new edit after undo drops the redo branch', () => {
    let s = withDoc();
    const id = s.activeId!;
    s = reduce(s, { type: 'edit', id, update: setRate(0.03) });
    s = reduce(s, { type: 'undo', id });
    s = reduce(s, { type: 'edit', id, update: setRate(0.05) });
    expect(canRedo(activeDoc(s)!)).toBe(false);
    expect(activeDoc(s)!.past).toHaveLength(1);
  });

  it('coalesces a run of edits with the same key (one slider drag is one undo step)', () => {
    let s = withDoc();
    const id = s.activeId!;
    const w = (x: number) => ({ settings: { discountRate: x }, residentShareMultiplier: 1 });
    for (let i = 0; i < 10; i++) s = reduce(s, { type: 'edit', id, update: (d) => ({ ...d, whatIf: w(0.01 + i / 1000) }), key: 'whatif', at: 1000 + i * 50 });
    expect(activeDoc(s)!.past).toHaveLength(1);
    s = reduce(s, { type: 'undo', id });
    expect(activeDoc(s)!.present.whatIf).toBe(emptyWhatIf);
    // The same key after a pause is a new step.
    s = reduce(s, { type: 'edit', id, update: (d) => ({ ...d, whatIf: w(0.02) }), key: 'whatif', at: 10_000 });
    s = reduce(s, { type: 'edit', id, update: (d) => ({ ...d, whatIf: w(0.03) }), key: 'whatif', at: 20_000 });
    expect(activeDoc(s)!.past).toHaveLength(2);
  });

  it('an edit that returns the same state is no edit', () => {
    let s = withDoc();
    const before = s;
    s = reduce(s, { type: 'edit', id: s.activeId!, update: (d) => d });
    expect(s).toBe(before);
  });

  it('saved marks the present as saved; closing picks the neighbour', () => {
    let s = withDoc();
    s = reduce(s, { type: 'open', doc: makeDoc('Tweede', buildExample()) });
    const [a, b] = s.docs;
    s = reduce(s, { type: 'edit', id: b!.id, update: setRate(0.03) });
    expect(isDirty(activeDoc(s)!)).toBe(true);
    s = reduce(s, { type: 'saved', id: b!.id });
    expect(isDirty(activeDoc(s)!)).toBe(false);
    s = reduce(s, { type: 'setCompare', ids: [a!.id, b!.id] });
    s = reduce(s, { type: 'close', id: b!.id });
    expect(s.activeId).toBe(a!.id);
    expect(s.compareIds).toEqual([a!.id]);
  });

  it('a snapshot makes the what-if the new scenario\'s own inputs', () => {
    let s = withDoc();
    const id = s.activeId!;
    s = reduce(s, { type: 'edit', id, update: (d) => ({ ...d, whatIf: { settings: { tenderFixed: 99_000, bundleMode: 'none' }, residentShareMultiplier: 1 } }) });
    const snap = snapshotDoc(activeDoc(s)!, 'Kopie', applyWhatIf);
    expect(snap.present.scenario.settings.tenderFixed).toBe(99_000);
    expect(snap.present.scenario.settings.bundleMode).toBe('none');
    expect(snap.present.scenario.settings.name).toBe('Kopie');
    expect(snap.present.whatIf).toBe(emptyWhatIf);
    expect(isDirty(snap)).toBe(true);
    // The original keeps its inputs.
    expect(activeDoc(s)!.present.scenario.settings.tenderFixed).toBe(buildExample().settings.tenderFixed);
  });
});
