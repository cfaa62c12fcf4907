// The workspace file: written and read back losslessly, older versions migrated step by step,
// newer and damaged files refused with a reason.
import { describe, expect, it } from 'vitest';
import { buildExample } from '../../../scenarios/example/index';
import { isDirty, makeDoc, type Doc } from '../../../renderer/app/state/documents';
import {
  docsFromWorkspace, migrations, readWorkspace, WORKSPACE_FORMAT, WORKSPACE_VERSION, writeWorkspace,
} from '../../../renderer/app/state/workspace';

/** What the file is: JSON.stringify of the whole workspace, written anew. */
const plainText = (docs: Doc[], activeId: string | null) => JSON.stringify({
  format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, active: Math.max(0, docs.findIndex((d) => d.id === activeId)),
  documents: docs.map((d) => ({
    name: d.name, ...(d.path ? { path: d.path } : {}), scenario: d.present.scenario, whatIf: d.present.whatIf,
    dirty: isDirty(d), ...(d.lang ? { lang: d.lang } : {}),
  })),
});

describe('workspace file', () => {
  it('is the text JSON.stringify gives, also when a later write reuses what an earlier one wrote', () => {
    const a = makeDoc('A', buildExample(), { path: '/x/a.xlsx', lang: 'en' });
    const b = makeDoc('B "quoted"', buildExample());
    const steps: Array<[Doc[], string | null]> = [[[a, b], b.id]];
    // A what-if move: the same scenario with another what-if state.
    const moved: Doc = { ...a, present: { ...a.present, whatIf: { settings: { discountRate: 0.031 }, residentShareMultiplier: 1.2 } } };
    steps.push([[moved, b], moved.id]);
    // A settings edit: every list the same, the settings new.
    const s1 = { ...moved.present.scenario, settings: { ...moved.present.scenario.settings, tenderFixed: 77_777.5 } };
    const set: Doc = { ...moved, present: { ...moved.present, scenario: s1 } };
    steps.push([[set, b], null]);
    // One work edited, and a member left undefined (JSON leaves it out).
    const works = s1.works.slice();
    works[0] = { ...works[0]!, unitCost: 1.5 };
    const s2 = { ...s1, works, variants: undefined as unknown as typeof s1.variants };
    const edited: Doc = { ...set, present: { ...set.present, scenario: s2 } };
    steps.push([[b, edited], edited.id], [[edited], edited.id], [[moved, b], b.id]);
    for (const [docs, activeId] of steps) expect(writeWorkspace(docs, activeId)).toBe(plainText(docs, activeId));
  });


  it('round-trips scenarios, what-if state, the active scenario and unsaved flags', () => {
    const a = makeDoc('A', buildExample());
    const b = makeDoc('B', buildExample(), { whatIf: { settings: { discountRate: 0.04, allocationRule: 'shapley' }, residentShareMultiplier: 1.5 }, dirty: true });
    const json = writeWorkspace([a, b], b.id);
    const r = readWorkspace(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.workspace.version).toBe(WORKSPACE_VERSION);
    const { docs, activeId } = docsFromWorkspace(r.workspace);
    expect(docs.map((d) => d.name)).toEqual(['A', 'B']);
    expect(activeId).toBe(docs[1]!.id);
    expect(docs[0]!.present.scenario).toEqual(a.present.scenario);
    expect(docs[1]!.present.whatIf).toEqual(b.present.whatIf);
    expect(docs[0]!.saved).toBe(docs[0]!.present);
    expect(docs[1]!.saved).toBeNull();
  });

  it('migrates a version 1 file (inputs only) to the current version', () => {
    const v1 = { format: WORKSPACE_FORMAT, version: 1, scenarios: [{ name: 'Oud', scenario: buildExample() }] };
    expect(Object.keys(migrations).map(Number)).toEqual([1]);
    const r = readWorkspace(JSON.stringify(v1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    expect(r.workspace.active).toBe(0);
    expect(r.workspace.documents[0]!.name).toBe('Oud');
    expect(r.workspace.documents[0]!.whatIf).toEqual({ settings: {}, residentShareMultiplier: 1 });
    expect(r.workspace.documents[0]!.scenario).toEqual(buildExample());
  });

  it('refuses a newer version, a foreign JSON file, and an invalid scenario inside', () => {
    expect(readWorkspace(JSON.stringify({ format: WORKSPACE_FORMAT, version: 99 }))).toMatchObject({ ok: false, code: 'newerVersion' });
    expect(readWorkspace('{"hello": 1}')).toMatchObject({ ok: false, code: 'notWorkspace' });
    expect(readWorkspace('not json')).toMatchObject({ ok: false, code: 'notWorkspace' });
    const bad = JSON.parse(writeWorkspace([makeDoc('A', buildExample())], null));
    bad.documents[0].scenario.settings.discountRate = 2.25;
    const r = readWorkspace(JSON.stringify(bad));
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    if (!r.ok) expect(r.detail).toContain('discountRate');
    const v1bad = { format: WORKSPACE_FORMAT, version: 1, scenarios: [{ name: 'X', scenario: { settings: {} } }] };
    expect(readWorkspace(JSON.stringify(v1bad))).toMatchObject({ ok: false, code: 'invalid' });
  });
});
