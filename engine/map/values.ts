// One number per neighbourhood for a map layer, from compute()'s results per neighbourhood.
// A period (inclusive years) narrows the layers that happen in a year: works, bundles, disruption
// days, zelfbeheer hours and shortfalls; the saving and the variants are over the whole horizon.
import type { ComputeResult, StepId } from '../model/result';
import type { MapLayer } from './layers';
import { roundMoney, roundQuantity } from '../model/money';

export interface LayerOptions {
  step?: StepId;
  perspective?: 'financial' | 'societal';
  /** Inclusive first and last year; absent: the whole horizon. */
  years?: readonly [number, number];
  /** The works layer counts only this owner's works … */
  party?: string;
  /** … or only works of this category (discipline), looked up in `categories` (work id → category). */
  category?: string;
  categories?: ReadonlyMap<string, string>;
}

/** Layers whose value depends on the period. */
export const periodLayers: ReadonlySet<MapLayer> = new Set(['works', 'bundles', 'disruption', 'hours', 'shortfall']);

export function layerValues(r: ComputeResult, layer: MapLayer, o: LayerOptions = {}): Map<string, number> {
  const step = o.step ?? 'integrated';
  const k = r.steps.findIndex((s) => s.id === step);
  const per = o.perspective ?? 'financial';
  const [from, to] = o.years ?? [-Infinity, Infinity];
  const inPeriod = (year: number) => year >= from && year <= to;
  const out = new Map<string, number>();
  for (const n of r.neighbourhoods ?? []) {
    const s = n.steps[k]!;
    let v = 0;
    switch (layer) {
      case 'saving': v = roundMoney(n.steps[0]!.pv[per] - s.pv[per]); break;
      case 'works': v = s.works.length; break;
      case 'bundles': v = s.bundles.length; break;
      case 'disruption': v = s.disruptionDays; break;
      case 'hours': v = s.hours.resident; break;
      case 'variants': v = (r.variants ?? []).filter((x) => x.neighbourhood === n.id && x.chosen !== x.generic).length; break;
      case 'shortfall': v = 0; break;
    }
    out.set(n.id, v);
  }
  const filtered = o.years !== undefined || o.party !== undefined || o.category !== undefined;
  const st = r.steps[k];
  if (filtered && st) {
    const add = (nb: string, v: number) => { if (out.has(nb)) out.set(nb, (out.get(nb) ?? 0) + v); };
    if (layer === 'works' || layer === 'bundles' || layer === 'disruption' || layer === 'hours') for (const id of out.keys()) out.set(id, 0);
    if (layer === 'works') {
      for (const w of st.works) {
        if (!inPeriod(w.year) || (o.party !== undefined && w.party !== o.party)) continue;
        if (o.category !== undefined && (o.categories?.get(w.work) ?? '') !== o.category) continue;
        add(w.neighbourhood, 1);
      }
    }
    if (layer === 'bundles' || layer === 'disruption') {
      for (const p of st.projects) if (inPeriod(p.year)) add(p.neighbourhood, layer === 'bundles' ? (p.works.length > 1 ? 1 : 0) : p.days);
      if (layer === 'disruption') for (const [id, v] of out) out.set(id, roundQuantity(v, 6));
    }
    if (layer === 'hours' && step === 'integrated') {
      for (const h of r.hours ?? []) if (inPeriod(h.year)) add(h.neighbourhood, h.residentHours);
      for (const [id, v] of out) out.set(id, roundQuantity(v, 2));
    }
  }
  if (layer === 'shortfall') {
    // A party's shortfall in a year, spread over the neighbourhoods by its works executed there then.
    const plans = r.steps.find((s) => s.id === (r.budgets?.step ?? 'integrated'))?.works ?? [];
    for (const sf of r.budgets?.shortfalls ?? []) {
      if (!inPeriod(sf.year)) continue;
      const mine = plans.filter((w) => w.party === sf.party && w.year === sf.year);
      for (const w of mine) out.set(w.neighbourhood, (out.get(w.neighbourhood) ?? 0) - sf.balance / mine.length);
    }
  }
  return out;
}

/** The moved works of a neighbourhood in a step whose executed year falls in the period. */
export function movedInPeriod(r: ComputeResult, step: StepId, years?: readonly [number, number]): Map<string, number> {
  const st = r.steps.find((s) => s.id === step);
  const out = new Map<string, number>((r.neighbourhoods ?? []).map((n) => [n.id, 0]));
  for (const p of st?.projects ?? []) {
    for (const m of p.moved) if (!years || (m.to >= years[0] && m.to <= years[1])) out.set(p.neighbourhood, (out.get(p.neighbourhood) ?? 0) + 1);
  }
  return out;
}
