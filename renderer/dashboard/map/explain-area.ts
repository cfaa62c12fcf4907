// What the explain panel shows for one neighbourhood on the map: its present values and saving in
// the chosen step, the works and projects in the period (the works as rows to jump to, as the
// matrix's explanations give), and the value of every chosen layer.
import { t, type Lang } from '../../../engine/i18n';
import { roundMoney } from '../../../engine/model/money';
import type { ComputeResult } from '../../../engine/model/result';
import type { Explanation } from '../explain';
import { euroCents } from '../format';
import { formatLayerValue, layerLabel, type LayerData, type MapChoice } from './map-view';

/** A city neighbourhood has hundreds of projects: the panel lists this many and counts the rest. */
const projectsListed = 25;

export function explainArea(lang: Lang, r: ComputeResult, id: string, name: string, c: MapChoice, data: readonly LayerData[]): Explanation | undefined {
  const n = r.neighbourhoods?.find((x) => x.id === id);
  const k = r.steps.findIndex((s) => s.id === c.step);
  const st = r.steps[k];
  if (!n || !st) return undefined;
  const [from, to] = c.years;
  const stepName = t(lang, `dash.step.${c.step}`);
  const works = st.works.filter((w) => w.neighbourhood === id && w.year >= from && w.year <= to);
  const projects = st.projects.filter((p) => p.neighbourhood === id && p.year >= from && p.year <= to);
  const first = data[0];
  const inputs: Explanation['inputs'] = [
    { label: t(lang, 'map.explain.pv', { step: stepName, perspective: t(lang, `dash.perspective.${c.perspective}`) }), value: euroCents(lang, n.steps[k]!.pv[c.perspective]) },
    { label: t(lang, 'map.explain.saving', { step: stepName }), value: euroCents(lang, roundMoney(n.steps[0]!.pv[c.perspective] - n.steps[k]!.pv[c.perspective])) },
    ...data.map((d) => ({ label: layerLabel(lang, d.layer, c), value: formatLayerValue(lang, d.layer, d.values.get(id) ?? 0) })),
    { label: t(lang, 'map.explain.works'), value: String(works.length) },
    { label: t(lang, 'map.explain.projects'), value: String(projects.length) },
    // A project's works (and where they moved from) in the label, which wraps; its present value.
    ...projects.slice(0, projectsListed).map((p) => ({
      label: t(lang, 'map.explain.project', { year: p.year, works: p.works.join(', ') })
        + (p.moved.length ? ` (${p.moved.map((m) => `${m.work} ${m.from}→${m.to}`).join(', ')})` : ''),
      value: euroCents(lang, p.pv[c.perspective]),
    })),
    ...(projects.length > projectsListed ? [{ label: t(lang, 'map.explain.more', { n: projects.length - projectsListed }), value: '…' }] : []),
  ];
  return {
    title: name,
    value: first ? formatLayerValue(lang, first.layer, first.values.get(id) ?? 0) : String(works.length),
    formula: t(lang, 'map.explain.formula', { step: stepName, from, to }),
    inputs,
    rows: [{ sheet: 'neighbourhoods', id }, ...works.map((w) => ({ sheet: 'works' as const, id: w.work }))],
  };
}
