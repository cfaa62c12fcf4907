// The project list of a step, each with its cost lines; every amount explains itself. A project is
// named by its neighbourhood (the Neighbourhoods sheet's name, else its id) and year. A city's
// thousands of projects scroll in their own box that draws only the rows in view.
import { memo, useMemo, useState } from 'react';
import { t, type Lang } from '../../engine/i18n';
import { stepIds, type ComputeResult, type StepId } from '../../engine/model/result';
import type { Scenario } from '../../engine/scenario/schema';
import { explainCostLine, explainProjectTotal } from './explain';
import { Num } from './ExplainContext';
import { LazyDetails } from './LazyDetails';
import { LongTable } from '../virtual/LongTable';
import { euro } from './format';
import { neighbourhoodNames, step } from './view';

// Fixed, so that the columns keep their width whichever rows are drawn.
const columnWidths = ['16%', '6%', '30%', '12%', '12%', '12%', '12%'];

export const Projects = memo(function Projects(props: { result: ComputeResult; scenario?: Scenario; lang: Lang }) {
  const { result: r, lang } = props;
  const names = useMemo(() => neighbourhoodNames(props.scenario), [props.scenario]);
  const [stepId, setStepId] = useState<StepId>('integrated');
  const projects = step(r, stepId)?.projects ?? [];
  return (
    <section className="kk-card" aria-labelledby="kk-projects-title" data-section="projects">
      <header className="kk-chart-head">
        <h2 id="kk-projects-title">{t(lang, 'dash.projects.title')}</h2>
        <label>{t(lang, 'dash.cash.step')}{' '}
          <select value={stepId} onChange={(e) => setStepId(e.target.value as StepId)}>
            {stepIds.map((s) => <option key={s} value={s}>{t(lang, `dash.step.${s}`)}</option>)}
          </select>
        </label>
      </header>
      {projects.length === 0 ? <p>{t(lang, 'dash.projects.none')}</p> : (
        <LongTable count={projects.length} columns={7} className="kk-table kk-projects" box="kk-scroll" virtualBox="kk-vbox-tall" widths={columnWidths} estimate={29}
          row={(i, measure) => { const p = projects[i]!; const who = `${names.get(p.neighbourhood) ?? p.neighbourhood} ${p.year} (${p.works[0]})`; return (
            <tr key={p.id} data-project={p.id} data-index={i} aria-rowindex={i + 2} ref={measure}>
              <th scope="row" data-neighbourhood={p.neighbourhood}>{names.get(p.neighbourhood) ?? p.neighbourhood}</th>
              <td>{p.year}</td>
              <td className="kk-works">{p.works.join(', ')}</td>
              <td className="kk-right"><Num value={euro(lang, p.direct)} label={`${t(lang, 'dash.cost.direct')} ${who}`} explain={() => explainProjectTotal(lang, p, 'direct')} /></td>
              <td className="kk-right"><Num value={euro(lang, p.shared)} label={`${t(lang, 'dash.projects.shared')} ${who}`} explain={() => explainProjectTotal(lang, p, 'shared')} /></td>
              <td className="kk-right"><Num value={euro(lang, p.disruption)} label={`${t(lang, 'dash.projects.disruption')} ${who}`} explain={() => explainProjectTotal(lang, p, 'disruption')} /></td>
              <td>
                <LazyDetails summary={`${t(lang, 'dash.projects.lines')} (${p.lines.length})`}>{() => (
                  <table className="kk-table kk-lines">
                    <tbody>
                      {p.lines.map((l, k) => (
                        <tr key={k}>
                          <th scope="row">{t(lang, `dash.cost.${l.key}`)}</th>
                          <td className="kk-right"><Num value={euro(lang, l.nominal)} label={`${t(lang, `dash.cost.${l.key}`)} ${who}`} explain={() => explainCostLine(lang, l, p)} /></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}</LazyDetails>
              </td>
            </tr>
          ); }}>
          <thead><tr aria-rowindex={1}>
            <th scope="col">{t(lang, 'dash.projects.neighbourhood')}</th><th scope="col">{t(lang, 'dash.projects.year')}</th>
            <th scope="col">{t(lang, 'dash.projects.works')}</th>
            <th scope="col" className="kk-right">{t(lang, 'dash.cost.direct')}</th>
            <th scope="col" className="kk-right">{t(lang, 'dash.projects.shared')}</th>
            <th scope="col" className="kk-right">{t(lang, 'dash.projects.disruption')}</th>
            <th scope="col">{t(lang, 'dash.projects.lines')}</th>
          </tr></thead>
        </LongTable>
      )}
    </section>
  );
});
