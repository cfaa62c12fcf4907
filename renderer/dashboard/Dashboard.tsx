// The results dashboard. Presentation mode shows only the headline and the waterfall, large.
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import '../../engine/i18n/dashboard';
import { t, type Lang } from '../../engine/i18n';
import type { ComputeResult } from '../../engine/model/result';
import type { Scenario } from '../../engine/scenario/schema';
import { CashFlow } from './CashFlow';
import { useDetailsCame } from './details';
import type { PngHandler } from './ChartFrame';
import { useDragging } from './dragging';
import type { ExplainRow, Explanation, PerspectiveId } from './explain';
import { ExplainContext, type ExplainApi } from './ExplainContext';
import { ExplainPanel } from './ExplainPanel';
import { BudgetFit, HoursBudget, VariantsTable } from './Extras';
import { namesOf } from './names';
import { Headline } from './Headline';
import { Badges } from './Badges';
import { presentationScale, useViewport } from './viewport';
import { Matrix } from './Matrix';
import { OpportunityMap } from './map/OpportunityMap';
import { Parties } from './Parties';
import { PartyView } from './party/PartyView';
import { Projects } from './Projects';
import { Waterfall } from './Waterfall';
import './dashboard.css';

export interface DashboardProps {
  result: ComputeResult | null;
  scenario?: Scenario;
  lang: Lang;
  presentation?: boolean;
  /** Called with every explanation shown (the app may log it or jump to rows). */
  onExplain?: (e: Explanation) => void;
  /** A row of the explain panel was activated: the app jumps to that sheet row. */
  onJumpToRow?: (row: ExplainRow) => void;
  /** PNG bytes of a chart, to save through the shell or as a download. */
  onExportPng?: PngHandler;
  /** Force chart animations on or off; default: on, except while a what-if slider is dragged. */
  animate?: boolean;
  /** Presentation mode shows the map of opportunities in the waterfall's place. */
  presentationMap?: boolean;
  /** The document the result is of: while a result's details follow, the lower sections show
   *  those of the same document's previous result, never another document's. */
  docId?: string;
}

export function Dashboard(props: DashboardProps) {
  const { result, lang, presentation, onExplain } = props;
  const viewport = useViewport(!!presentation);
  const dragging = useDragging();
  const animate = props.animate ?? !dragging;
  // Headline, waterfall and cash flow (what a 1280×720 screen shows) follow every slider move at
  // once; the matrix and the tables below the fold render the same result in a deferred,
  // interruptible pass, so a drag is not held up by hundreds of table cells.
  // The initial value null makes the first draw of a result show the headline and charts in
  // one frame and bring the lower sections in a second, background pass (a big city's matrix and
  // tables would otherwise hold the first paint for seconds).
  // The scenario travels with its result: the lower sections read both (names, outlines, the matrix
  // order), and a new scenario with the old result would rebuild them twice, once in the urgent pass.
  const shown = useMemo(() => (result ? { result, scenario: props.scenario } : null), [result, props.scenario]);
  // A big result's lists and views come after its head: until then the lower sections stay those of
  // the last result that had them, marked as following.
  const came = useDetailsCame(result);
  const [kept, setKept] = useState<{ shown: typeof shown; doc: string | undefined } | null>(null);
  const ready = came ? shown : null;
  if (ready && (kept === null || ready !== kept.shown || props.docId !== kept.doc)) setKept({ shown: ready, doc: props.docId });
  const lower = ready ?? (kept && kept.doc === props.docId ? kept.shown : null);
  const later = useDeferredValue(lower, null);
  // A result whose details were awaited stays marked as following until the lower sections show
  // it: their deferred render of a city takes a moment after the details came, and without the
  // line nothing would say that what is below the cash flow is still the previous result's. A
  // result whose details came with it (a slider move on a held plan) is never marked.
  const [awaited, setAwaited] = useState<ComputeResult | null>(null);
  if (result && ready === null && awaited !== result) setAwaited(result);
  const following = shown !== null && (ready === null || (awaited === result && later?.result !== result));
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [perspective, setPerspective] = useState<PerspectiveId>('financial');
  const [party, setParty] = useState<string | null>(null);
  const openParty = useCallback((id: string) => {
    setParty(id);
    requestAnimationFrame(() => document.querySelector('[data-section="party"]')?.scrollIntoView({ block: 'start' }));
  }, []);
  // Focus returns to the number that opened the explanation when it closes (keyboard users).
  const opener = useRef<HTMLElement | null>(null);
  const show = useCallback((e: Explanation) => {
    if (document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
    setExplanation(e);
    onExplain?.(e);
  }, [onExplain]);
  const close = useCallback(() => { setExplanation(null); opener.current?.focus(); }, []);
  const api: ExplainApi = useMemo(() => ({ lang, show }), [lang, show]);
  // A performance mark per committed result: `npm run bench:ui` measures from a slider's input event
  // to the frame after this commit. Costs nothing noticeable and tells a profiler where updates land.
  useLayoutEffect(() => {
    performance.mark('kk-dashboard-commit');
    window.dispatchEvent(new Event('kk-dashboard-commit'));
  }, [result]);
  // And one when the lower sections show the result on screen.
  const whole = later !== null && later.result === result;
  useLayoutEffect(() => {
    if (whole) window.dispatchEvent(new Event('kk-details-commit'));
  }, [whole, later]);
  if (!result) return <div className="kk-dashboard" role="region" aria-label={t(lang, 'dash.region')}><p role="status">{t(lang, 'dash.noResult')}</p></div>;
  const perspectiveSwitch = (
    <fieldset className="kk-switch">
      <legend>{t(lang, 'dash.perspective.label')}</legend>
      {(['financial', 'societal'] as const).map((p) => (
        <label key={p}><input type="radio" name="kk-perspective" value={p} checked={perspective === p} onChange={() => setPerspective(p)} /> {t(lang, `dash.perspective.${p}`)}</label>
      ))}
    </fieldset>
  );
  return (
    <ExplainContext.Provider value={api}>
      <div className={`kk-dashboard${presentation ? ' kk-presentation' : ''}`} role="region" aria-label={t(lang, 'dash.region')} lang={lang}>
        <Headline result={result} lang={lang} />
        <Badges result={result} lang={lang} />
        <div className="kk-dash-main">
          <div className="kk-dash-charts">
            <div className="kk-toolbar">
              {perspectiveSwitch}
              {!presentation && <p className="kk-explain-hint">{t(lang, 'dash.explain.hint')}</p>}
            </div>
            {presentation && props.presentationMap
              ? (lower
                ? <OpportunityMap result={lower.result} scenario={lower.scenario} lang={lang} perspective={perspective} presentationScale={presentationScale(viewport)} />
                : <p className="kk-note kk-following" role="status">{t(lang, 'dash.details.coming')}</p>)
              : <Waterfall result={result} lang={lang} perspective={perspective} animate={animate} height={presentation ? 'fill' : 280} large={presentation} scale={presentationScale(viewport)} onExportPng={props.onExportPng} />}
            {!presentation && (
              <>
                <CashFlow result={result} lang={lang} onExportPng={props.onExportPng} />
                {following && (
                  <p className="kk-note kk-following" role="status" data-testid="details-following">
                    {t(lang, later ? 'dash.details.following' : 'dash.details.coming')}
                  </p>
                )}
                {later && (
                  <div className="kk-lower" data-following={following || undefined}>
                    <Matrix result={later.result} scenario={later.scenario} lang={lang} onExportPng={props.onExportPng} />
                    <OpportunityMap result={later.result} scenario={later.scenario} lang={lang} perspective={perspective} onExportPng={props.onExportPng} />
                    <Projects result={later.result} scenario={later.scenario} lang={lang} />
                    <Parties result={later.result} lang={lang} onSelect={openParty} names={namesOf(later.scenario)} />
                    <PartyView result={later.result} scenario={later.scenario} lang={lang} party={party} onParty={setParty} />
                    <BudgetFit result={later.result} lang={lang} />
                    <VariantsTable result={later.result} lang={lang} names={namesOf(later.scenario)} />
                    <HoursBudget result={later.result} lang={lang} names={namesOf(later.scenario)} />
                  </div>
                )}
              </>
            )}
          </div>
          {explanation && (
            <div className="kk-dash-side" aria-live="polite">
              <ExplainPanel lang={lang} explanation={explanation} onClose={close} onRow={props.onJumpToRow} />
            </div>
          )}
        </div>
      </div>
    </ExplainContext.Provider>
  );
}
