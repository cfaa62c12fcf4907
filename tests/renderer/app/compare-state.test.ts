// The comparison's state: until the user chooses, the active document and the one active before it
// are compared (in tab order); a choice of the user's own stays; sheets without one shared id are
// reported as such, not as every row missing; each party's saving is side by side.
import { describe, expect, it } from 'vitest';
import { buildExample } from '../../../scenarios/example/index';
import { compute } from '../../../engine/compute';
import { initialAppState, makeDoc, reduce, type AppState } from '../../../renderer/app/state/documents';
import { diffRows, partySavings } from '../../../renderer/app/state/compare';

const open = (s: AppState, name: string) => reduce(s, { type: 'open', doc: makeDoc(name, buildExample()) });

describe('compare state', () => {
  it('compares the active and the previously active document until the user chooses', () => {
    let s = open(initialAppState, 'A');
    expect(s.compareIds).toEqual([]);
    s = open(s, 'B');
    const [a, b] = s.docs;
    expect(s.compareIds).toEqual([a!.id, b!.id]);
    s = open(s, 'C');
    const c = s.docs[2]!;
    expect(s.compareIds).toEqual([b!.id, c.id]);
    s = reduce(s, { type: 'activate', id: a!.id });
    expect(s.compareIds).toEqual([a!.id, c.id]);
    s = reduce(s, { type: 'setCompare', ids: [b!.id] });
    s = reduce(s, { type: 'activate', id: c.id });
    expect(s.compareIds).toEqual([b!.id]);
  });

  it('falls back to the neighbouring tab when the previous one is closed', () => {
    let s = open(open(open(initialAppState, 'A'), 'B'), 'C');
    const [a, b, c] = s.docs;
    s = reduce(s, { type: 'close', id: b!.id });
    expect(s.activeId).toBe(c!.id);
    expect(s.compareIds).toEqual([a!.id, c!.id]);
  });

  it('reports a sheet without one shared id as one line, not its rows', () => {
    const x = buildExample();
    const y = { ...x, works: x.works.map((w) => ({ ...w, id: `n-${w.id}` })) };
    const d = diffRows([x, y]);
    expect(d.disjoint).toEqual([{ sheet: 'works', counts: [x.works.length, x.works.length] }]);
    expect(d.rows.filter((r) => r.sheet === 'works')).toEqual([]);
  });

  it('puts each party\'s saving side by side, undefined where a party is absent', () => {
    const sc = buildExample();
    const r = compute(sc);
    const rows = partySavings([r, null]);
    expect(rows.map((p) => p.id)).toEqual(r.parties.map((p) => p.id));
    expect(rows[0]!.savings).toEqual([r.parties[0]!.saving, undefined]);
    expect(rows[0]!.name).toBe(r.parties[0]!.name);
  });
});
