// The map's figures: a period and a works filter narrow the layer values as they say (the whole
// horizon gives the unfiltered values, disjoint periods add up, owners and disciplines add up to
// all works), the legend's classes cover the values, and the keyboard order reaches every
// neighbourhood, on the example and on the generated city.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { en, nl } from '../../engine/i18n/map';
import { classColour, classLegend, mapPaths } from '../../engine/map/draw';
import { mapLayers } from '../../engine/map/layers';
import { layerValues, movedInPeriod, periodLayers } from '../../engine/map/values';
import type { Scenario } from '../../engine/scenario/schema';
import { areaAfterKey, readingOrder } from '../../renderer/dashboard/map/map-keys';
import { buildExample } from '../../scenarios/example';
import { generateCity } from '../../scenarios/generate-city';

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const scenarios: [string, Scenario][] = [
  ['example', buildExample()],
  ['city', generateCity({ seed: 9, neighbourhoods: 30, worksPerNeighbourhood: 60, horizonYears: 30 })],
];

describe.each(scenarios)('layer values with a period and a works filter (%s)', (_name, s) => {
  const r = compute(s, { computedAt: 'x' });
  const span: [number, number] = [r.years[0]!, r.years[r.years.length - 1]!];

  it('over the whole horizon every period layer gives its unfiltered value, in every step', () => {
    for (const step of r.steps.map((x) => x.id)) {
      for (const layer of periodLayers) {
        const whole = layerValues(r, layer, { step, years: span });
        const plain = layerValues(r, layer, { step });
        for (const [id, v] of plain) expect(whole.get(id), `${step} ${layer} ${id}`).toBeCloseTo(v, 6);
      }
    }
  });

  it('two disjoint periods add up to the whole for works, bundles, disruption days and hours', () => {
    const mid = Math.floor((span[0] + span[1]) / 2);
    for (const layer of ['works', 'bundles', 'disruption', 'hours'] as const) {
      const a = layerValues(r, layer, { years: [span[0], mid] });
      const b = layerValues(r, layer, { years: [mid + 1, span[1]] });
      for (const [id, v] of layerValues(r, layer)) expect((a.get(id) ?? 0) + (b.get(id) ?? 0), `${layer} ${id}`).toBeCloseTo(v, 6);
    }
  });

  it('the works of each owner, and of each discipline, add up to all works', () => {
    const all = layerValues(r, 'works');
    const byOwner = r.parties.map((p) => layerValues(r, 'works', { party: p.id, years: span }));
    const categories = new Map(s.works.map((w) => [w.id, w.category]));
    const byDiscipline = [...new Set(s.works.map((w) => w.category))].map((c) => layerValues(r, 'works', { category: c, categories }));
    for (const [id, v] of all) {
      expect(byOwner.reduce((a, m) => a + (m.get(id) ?? 0), 0)).toBe(v);
      expect(byDiscipline.reduce((a, m) => a + (m.get(id) ?? 0), 0)).toBe(v);
    }
    expect(sum(all)).toBe(r.steps.find((x) => x.id === 'integrated')!.works.length);
  });

  it('moved works over the whole horizon are those of the results per neighbourhood', () => {
    const k = r.steps.findIndex((x) => x.id === 'integrated');
    const moved = movedInPeriod(r, 'integrated', span);
    for (const n of r.neighbourhoods!) expect(moved.get(n.id)).toBe(n.steps[k]!.moved.length);
  });

  it('the legend\'s classes hold every value in the colour classColour draws', () => {
    for (const layer of mapLayers) {
      const v = layerValues(r, layer);
      const max = Math.max(0, ...v.values());
      const legend = classLegend(v.values());
      for (const x of v.values()) {
        const c = legend.find((k, i) => x >= k.from && (x < k.to || i === legend.length - 1 || (k.from === k.to && x === k.to)));
        expect(c?.colour, `${layer} ${x}`).toBe(classColour(x, max));
      }
    }
  });

  it('the keyboard order reaches every neighbourhood; Down moves to one lower on the map', () => {
    const p = mapPaths(s.geometry!, 800, 516);
    const order = readingOrder(p.centroids!, 516);
    expect([...order].sort()).toEqual(s.neighbourhoods.map((n) => n.id).sort());
    let at = order[0]!;
    const seen = [at];
    for (let i = 1; i < order.length; i++) { at = areaAfterKey(order, p.centroids!, at, 'ArrowRight')!; seen.push(at); }
    expect(new Set(seen).size).toBe(order.length);
    const down = areaAfterKey(order, p.centroids!, order[0]!, 'ArrowDown');
    expect(down).toBeDefined();
    expect(p.centroids!.get(down!)![1]).toBeGreaterThan(p.centroids!.get(order[0]!)![1]);
    expect(areaAfterKey(order, p.centroids!, order[0]!, 'ArrowUp')).toBeUndefined();
  });
});

describe('map messages', () => {
  const dir = join(__dirname, '..', '..', 'renderer', 'dashboard', 'map');
  const sources = readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

  it('nl and en define the same keys, none empty, and every key the map code names exists', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(nl), ...Object.entries(en)]) expect(v, k).not.toBe('');
    const used = new Set(sources.flatMap(([, s]) => [...s.matchAll(/'(map\.[a-zA-Z.]+)'/g)].map((m) => m[1]!)));
    expect([...used].filter((k) => !(k in en))).toEqual([]);
    for (const l of mapLayers) expect(en[`map.layer.${l}`] && nl[`map.layer.${l}`], l).toBeTruthy();
  });

  it('the map components hold no hard-coded words between tags', () => {
    const bad = sources.filter(([f]) => f.endsWith('.tsx')).flatMap(([f, s]) =>
      [...s.matchAll(/>\s*([A-Za-z][A-Za-z ]{2,})\s*</g)].map((m) => `${f}: ${m[1]}`));
    expect(bad).toEqual([]);
  });
});
