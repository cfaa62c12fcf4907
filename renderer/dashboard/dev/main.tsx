// A page with only the dashboard and the what-if panel, laid out as the app lays them out at
// 1280 px. Browser tests and `npm run bench:draw` hand it a scenario (plain data) and time how long
// drawing the dashboard blocks the page, without the app's workbook reading and worker in between.
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { compute } from '../../../engine/compute';
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import type { Lang } from '../../../engine/i18n';
import { Dashboard, WhatIfPanel, applyWhatIf, emptyWhatIf, type WhatIf } from '../index';
import './dev.css';

function Page(props: { scenario: Scenario; result: ComputeResult; lang: Lang }) {
  const [whatIf, setWhatIf] = useState<WhatIf>(emptyWhatIf);
  const scenario = useMemo(() => applyWhatIf(props.scenario, whatIf), [props.scenario, whatIf]);
  const result = useMemo(() => (scenario === props.scenario ? props.result : compute(scenario)), [scenario, props.scenario, props.result]);
  return (
    <div className="dev-layout">
      <aside><WhatIfPanel whatIf={whatIf} onChange={setWhatIf} onReset={() => setWhatIf(emptyWhatIf)} scenario={props.scenario} lang={props.lang} /></aside>
      <main><Dashboard result={result} scenario={scenario} lang={props.lang} /></main>
    </div>
  );
}

const root = createRoot(document.getElementById('root')!);
let loaded: { scenario: Scenario; result: ComputeResult } | null = null;

/** Resolves at the first animation frame after the dashboard's first commit and after the
 *  deferred lower sections (the matrix) have committed: what a user waits for. */
const waitFrame = () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));

const api = {
  /** Computes the scenario in the page; returns the engine's milliseconds. */
  load(scenario: Scenario): number {
    const t0 = performance.now();
    loaded = { scenario, result: compute(scenario) };
    return performance.now() - t0;
  },
  /** Draws the dashboard from nothing; returns when the charts and then the matrix show. */
  async draw(lang: Lang): Promise<{ firstFrame: number; matrixFrame: number; allFrame: number }> {
    if (!loaded) throw new Error('load a scenario first');
    root.render(<></>);
    await waitFrame();
    const t0 = performance.now();
    const first = new Promise<void>((r) => window.addEventListener('kk-dashboard-commit', () => r(), { once: true }));
    root.render(<Page scenario={loaded.scenario} result={loaded.result} lang={lang} />);
    await first;
    const firstFrame = (await waitFrame()) - t0;
    while (!document.querySelector('[data-chart="matrix"] svg.kk-matrix')) await waitFrame();
    const matrixFrame = (await waitFrame()) - t0;
    // Long lists come a slice at a time and say so with aria-busy.
    while (document.querySelector('.kk-dashboard [aria-busy="true"]')) await waitFrame();
    const allFrame = (await waitFrame()) - t0;
    return { firstFrame, matrixFrame, allFrame };
  },
};
(window as unknown as { kkDev: typeof api }).kkDev = api;
