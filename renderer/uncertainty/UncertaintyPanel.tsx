// Uncertainty and sensitivity of the active scenario: choose the saving, iterations and seed, run
// in the worker (progress bar, cancel button; the interface stays responsive), then a tornado chart
// and a histogram with P10/P50/P90 marked, each with its data table, and the break-even of every
// ranged setting (the value at which the saving is zero) as a table.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import '../../engine/i18n/uncertainty';
import { formatEuro, formatNumber, formatPercent, t, type Lang } from '../../engine/i18n';
import type { Perspective, Scenario } from '../../engine/scenario/schema';
import type { AnalysisResult } from '../../engine/uncertainty/protocol';
import { inputLabel, inputValue, type InputNames } from '../../engine/uncertainty/labels';
import { LabelTick } from './LabelTick';
import { inputNames } from './names';
import { savingKeys, type SavingKey } from '../../engine/uncertainty/saving';
import { inputKey, uncertainInputs } from '../../engine/uncertainty/inputs';
import { ChartFrame } from '../dashboard/ChartFrame';
import { SensitivityClient, type RunOutcome } from './client';
import { breakEvenRows, histogramRows, tornadoRows } from './view';
import './uncertainty.css';

export interface UncertaintyPanelProps {
  scenario: Scenario;
  lang: Lang;
  /** Tests inject a client (a worker in Node); the app uses the real worker. */
  client?: SensitivityClient;
  /** A run finished: the app keeps it for the results export (tornado, Monte Carlo, break-even sheets). */
  onResult?: (scenario: Scenario, result: AnalysisResult) => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; result: AnalysisResult }
  | { kind: 'cancelled'; done: number }
  | { kind: 'error'; message: string };

// Memoised: while a what-if slider moves the dashboard re-renders on every step with the same
// result, and listing a city's uncertain inputs (every work) each time was a long task.
export const UncertaintyPanel = memo(function UncertaintyPanel({ scenario, lang, client: given, onResult }: UncertaintyPanelProps) {
  const clientRef = useRef<SensitivityClient | null>(given ?? null);
  const [saving, setSaving] = useState<SavingKey>('total');
  const [perspective, setPerspective] = useState<Perspective>('financial');
  const [iterations, setIterations] = useState(10_000);
  const [seed, setSeed] = useState(1);
  const [replan, setReplan] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => () => { if (!given) clientRef.current?.dispose(); }, [given]);
  const inputs = useMemo(() => uncertainInputs(scenario), [scenario]);
  const names = useMemo(() => inputNames(scenario), [scenario]);
  const hasInputs = inputs.length > 0;
  const L = (k: string, p?: Record<string, string | number>) => t(lang, k, p);
  const euro = (v: number) => formatEuro(lang, v, 0);

  const run = async () => {
    const client = (clientRef.current ??= new SensitivityClient());
    setStatus({ kind: 'running', done: 0, total: iterations });
    // Break-even of every ranged setting, as `sensitivity` does by default: the results export
    // then holds the same three sheets as `sensitivity --out`.
    const breakEven = inputs.filter((i) => i.kind === 'setting').map(inputKey);
    const outcome: RunOutcome = await client.run(
      { scenario, choice: { saving, perspective }, replan, tornado: true, monteCarlo: { iterations, seed }, breakEven },
      (done, total) => setStatus({ kind: 'running', done, total }),
    );
    if (outcome.kind === 'result') {
      setStatus({ kind: 'done', result: outcome.result });
      onResult?.(scenario, outcome.result);
    }
    else if (outcome.kind === 'cancelled') setStatus({ kind: 'cancelled', done: outcome.done });
    else setStatus({ kind: 'error', message: outcome.problems?.map((p) => p.code).join(', ') || outcome.message });
  };

  const running = status.kind === 'running';
  return (
    <section className="kk-card kk-uncertainty" aria-labelledby="kk-unc-title" data-testid="uncertainty-panel">
      <header className="kk-chart-head">
        <h2 id="kk-unc-title">{L('unc.title')}</h2>
      </header>
      <p className="kk-unc-note">{L(replan ? 'unc.replanNote' : 'unc.planNote')}</p>
      {!hasInputs ? <p>{L('unc.noInputs')}</p> : (
        <form className="kk-unc-controls" onSubmit={(e) => { e.preventDefault(); if (!running) void run(); }}>
          <label>{L('unc.ui.saving')}
            <select value={saving} onChange={(e) => setSaving(e.target.value as SavingKey)} disabled={running}>
              {savingKeys.map((k) => <option key={k} value={k}>{L(`unc.saving.${k}`)}</option>)}
            </select>
          </label>
          <label>{L('unc.ui.perspective')}
            <select value={perspective} onChange={(e) => setPerspective(e.target.value as Perspective)} disabled={running}>
              {(['financial', 'societal'] as const).map((k) => <option key={k} value={k}>{L(`unc.perspective.${k}`)}</option>)}
            </select>
          </label>
          <label>{L('unc.ui.iterations')}
            <input type="number" min={1} max={10_000_000} step={1} value={iterations} disabled={running}
              onChange={(e) => { const n = Math.floor(Number(e.target.value)); if (n >= 1) setIterations(n); }} />
          </label>
          <label>{L('unc.ui.seed')}
            <input type="number" min={0} step={1} value={seed} disabled={running}
              onChange={(e) => { const n = Math.floor(Number(e.target.value)); if (n >= 0) setSeed(n); }} />
          </label>
          <label className="kk-unc-check">
            <input type="checkbox" checked={replan} disabled={running} onChange={(e) => setReplan(e.target.checked)} />
            {L('unc.ui.replan')}
          </label>
          {running
            ? <button type="button" className="kk-btn" data-testid="unc-cancel" onClick={() => clientRef.current?.cancel()}>{L('unc.ui.cancel')}</button>
            : <button type="submit" className="kk-btn kk-primary" data-testid="unc-run">{L('unc.ui.run')}</button>}
        </form>
      )}
      {running && (
        <div className="kk-unc-progress" role="status">
          <progress max={status.total} value={status.done} aria-label={L('unc.ui.progress', { done: status.done, total: status.total })} />
          <span>{status.done === 0 ? L('unc.ui.preparing') : L('unc.ui.progress', { done: formatNumber(lang, status.done), total: formatNumber(lang, status.total) })}</span>
        </div>
      )}
      {status.kind === 'cancelled' && <p role="status" data-testid="unc-cancelled">{L('unc.ui.cancelled', { done: formatNumber(lang, status.done) })}</p>}
      {status.kind === 'error' && <p role="alert">{L('unc.ui.error', { message: status.message })}</p>}
      {status.kind === 'done' && <Results result={status.result} lang={lang} euro={euro} names={names} />}
    </section>
  );
});

function Results({ result, lang, euro, names }: { result: AnalysisResult; lang: Lang; euro: (v: number) => string; names: InputNames }) {
  const L = (k: string, p?: Record<string, string | number>) => t(lang, k, p);
  const tor = result.tornado;
  const mc = result.monteCarlo;
  return (
    <div className="kk-unc-results" data-testid="unc-results">
      {mc && (
        <dl className="kk-unc-stats">
          <div><dt>{L('unc.mc.mean')}</dt><dd>{euro(mc.mean)}</dd></div>
          <div><dt>{L('unc.mc.p10')}</dt><dd data-testid="unc-p10">{euro(mc.p10)}</dd></div>
          <div><dt>{L('unc.mc.p50')}</dt><dd data-testid="unc-p50">{euro(mc.p50)}</dd></div>
          <div><dt>{L('unc.mc.p90')}</dt><dd data-testid="unc-p90">{euro(mc.p90)}</dd></div>
          <div><dt>{L('unc.mc.probPositive')}</dt><dd data-testid="unc-prob">{formatPercent(lang, mc.probPositive, 1)}</dd></div>
        </dl>
      )}
      {tor && (
        <ChartFrame id="tornado" lang={lang} title={L('unc.ui.tornadoChart')}
          desc={L('unc.analysed', { saving: L(`unc.saving.${tor.choice.saving}`), perspective: L(`unc.perspective.${tor.choice.perspective}`), base: euro(tor.base) })}
          table={() => (
            <table>
              <thead><tr>{['input', 'low', 'high', 'atLow', 'atHigh', 'swing'].map((k) => <th key={k}>{L(`unc.col.${k}`)}</th>)}</tr></thead>
              <tbody>
                {tor.bars.map((b) => (
                  <tr key={`${b.input.kind}:${b.input.id}`}>
                    <th scope="row">{inputLabel(lang, b.input, names)}</th>
                    <td>{inputValue(lang, b.input, b.input.low)}</td><td>{inputValue(lang, b.input, b.input.high)}</td>
                    <td>{euro(b.atLow)}</td><td>{euro(b.atHigh)}</td><td>{euro(b.swing)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}>
          <ResponsiveContainer width="100%" height={Math.max(160, 28 * Math.min(15, tor.bars.length) + 60)}>
            <BarChart data={tornadoRows(tor, lang, 15, names)} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }} barGap={0}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={['auto', 'auto']} tickFormatter={(v: number) => euro(v)} />
              <YAxis type="category" dataKey="label" width={220} tick={<LabelTick />} interval={0} />
              <Tooltip formatter={(v) => (Array.isArray(v) ? v.map((x) => euro(Number(x))).join(' – ') : euro(Number(v)))} />
              <Legend />
              <ReferenceLine x={tor.base} stroke="#333" />
              <Bar dataKey="low" name={L('unc.ui.lowBar')} fill="#4f7cac" isAnimationActive={false} />
              <Bar dataKey="high" name={L('unc.ui.highBar')} fill="#e0863b" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </ChartFrame>
      )}
      {result.breakEven && result.breakEven.length > 0 && <BreakEvenTable result={result} lang={lang} names={names} />}
      {mc && (
        <ChartFrame id="histogram" lang={lang} title={L('unc.ui.histogram')}
          desc={L('unc.mc.time', { iterations: mc.iterations, ms: Math.round(result.monteCarloMs ?? 0) })}
          table={() => (
            <table>
              <thead><tr>{['from', 'to', 'count'].map((k) => <th key={k}>{L(`unc.col.${k}`)}</th>)}</tr></thead>
              <tbody>{mc.histogram.map((b, i) => <tr key={i}><td>{euro(b.from)}</td><td>{euro(b.to)}</td><td>{b.count}</td></tr>)}</tbody>
            </table>
          )}>
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={histogramRows(mc)} margin={{ left: 8, right: 24, top: 24, bottom: 8 }} barCategoryGap={1}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis type="number" dataKey="mid" domain={[mc.min, mc.max]} tickFormatter={(v: number) => euro(v)} />
              <YAxis allowDecimals={false} />
              <Tooltip formatter={(v) => String(v)} labelFormatter={(v) => euro(Number(v))} />
              <Bar dataKey="count" name={L('unc.col.count')} isAnimationActive={false}>
                {histogramRows(mc).map((r, i) => <Cell key={i} fill={r.negative ? '#c0504d' : '#4f7cac'} />)}
              </Bar>
              {([['P10', mc.p10], ['P50', mc.p50], ['P90', mc.p90]] as const).map(([name, x]) => (
                <ReferenceLine key={name} x={x} stroke="#222" strokeDasharray="4 2" label={{ value: name, position: 'top' }} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </ChartFrame>
      )}
    </div>
  );
}

function BreakEvenTable({ result, lang, names }: { result: AnalysisResult; lang: Lang; names: InputNames }) {
  const L = (k: string, p?: Record<string, string | number>) => t(lang, k, p);
  const first = result.breakEven![0]!;
  const rows = breakEvenRows(result.breakEven!, lang, names);
  return (
    <section className="kk-unc-breakeven" aria-labelledby="kk-unc-be-title" data-testid="unc-breakeven">
      <h3 id="kk-unc-be-title">{L('unc.ui.breakEvenTable')}</h3>
      <p className="kk-unc-note" id="kk-unc-be-desc">
        {L('unc.ui.breakEvenDesc', { saving: L(`unc.saving.${first.choice.saving}`).toLowerCase(), perspective: L(`unc.perspective.${first.choice.perspective}`) })}
      </p>
      <div className="kk-unc-scroll">
        <table className="kk-table" aria-describedby="kk-unc-be-desc">
          <thead><tr>{['input', 'low', 'high', 'breakEven', 'atLow', 'atHigh'].map((k) => <th key={k} scope="col">{L(`unc.col.${k}`)}</th>)}</tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-input={r.key} className={r.found ? undefined : 'kk-unc-none'}>
                <th scope="row">{r.label}</th>
                <td>{r.low}</td><td>{r.high}</td>
                <td data-testid="unc-be-value">{r.answer}</td>
                <td>{r.atLow}</td><td>{r.atHigh}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
