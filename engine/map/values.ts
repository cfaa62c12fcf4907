// One number per neighbourhood for a map layer, from compute()'s results per neighbourhood.
import type { ComputeResult, StepId } from '../model/result';
import type { MapLayer } from './layers';
import { roundMoney } from '../model/money';

export interface LayerOptions { step?: StepId; perspective?: 'financial' | 'societal' }

export function layerValues(r: ComputeResult, layer: MapLayer, o: LayerOptions = {}): Map<string, number> {
  const step = o.step ?? 'integrated';
  const k = r.steps.findIndex((s) => s.id === step);
  const per = o.perspective ?? 'financial';
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
  if (layer === 'shortfall') {
    // A party's shortfall in a year, spread over the neighbourhoods by its works executed there then.
    const plans = r.steps.find((s) => s.id === (r.budgets?.step ?? 'integrated'))?.works ?? [];
    for (const sf of r.budgets?.shortfalls ?? []) {
      const mine = plans.filter((w) => w.party === sf.party && w.year === sf.year);
      for (const w of mine) out.set(w.neighbourhood, (out.get(w.neighbourhood) ?? 0) - sf.balance / mine.length);
    }
  }
  return out;
}
