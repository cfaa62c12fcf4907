// The break-even control on the what-if panel: "at which value of this input is the saving zero?",
// answered in the worker by bisection within the input's low–high range.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import '../../engine/i18n/uncertainty';
import { formatEuro, t, type Lang } from '../../engine/i18n';
import type { Scenario } from '../../engine/scenario/schema';
import type { BreakEvenResult } from '../../engine/uncertainty/breakeven';
import { inputKey, uncertainInputs } from '../../engine/uncertainty/inputs';
import { inputLabel, inputValue } from '../../engine/uncertainty/labels';
import { inputNames } from './names';
import { savingKeys, type SavingKey } from '../../engine/uncertainty/saving';
import { SensitivityClient } from './client';
import './uncertainty.css';

// Memoised, and its inputs listed once per scenario: the what-if panel beside it re-renders on
// every step of a slider, with the same result (a city has an input for every work).
export const BreakEvenControl = memo(function BreakEvenControl({ scenario, lang, client: given }: { scenario: Scenario; lang: Lang; client?: SensitivityClient }) {
  const inputs = useMemo(() => uncertainInputs(scenario), [scenario]);
  const names = useMemo(() => inputNames(scenario), [scenario]);
  const clientRef = useRef<SensitivityClient | null>(given ?? null);
  const [key, setKey] = useState(() => inputs.find((i) => i.kind === 'setting')?.key ?? inputs[0]?.key ?? '');
  const [saving, setSaving] = useState<SavingKey>('total');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<BreakEvenResult | string | null>(null);
  useEffect(() => () => { if (!given) clientRef.current?.dispose(); }, [given]);
  useEffect(() => setAnswer(null), [scenario, key, saving]);
  if (inputs.length === 0) return null;
  const L = (k: string, p?: Record<string, string | number>) => t(lang, k, p);
  const euro = (v: number) => formatEuro(lang, v, 0);
  const find = async () => {
    const client = (clientRef.current ??= new SensitivityClient());
    setBusy(true);
    const o = await client.run({ scenario, choice: { saving, perspective: 'financial' }, breakEven: [key] });
    setBusy(false);
    if (o.kind === 'result') setAnswer(o.result.breakEven?.[0] ?? null);
    else if (o.kind === 'error') setAnswer(L('unc.ui.error', { message: o.problems?.map((p) => p.code).join(', ') || o.message }));
  };
  return (
    <fieldset className="kk-breakeven" data-testid="breakeven">
      <legend>{L('unc.ui.breakEven')}</legend>
      <p className="kk-unc-note">{L('unc.ui.breakEvenHelp')}</p>
      <label>{L('unc.col.input')}
        <select value={key} onChange={(e) => setKey(e.target.value)}>
          {inputs.map((i) => <option key={inputKey(i)} value={i.key}>{inputLabel(lang, i, names)}</option>)}
        </select>
      </label>
      <label>{L('unc.ui.saving')}
        <select value={saving} onChange={(e) => setSaving(e.target.value as SavingKey)}>
          {savingKeys.map((k) => <option key={k} value={k}>{L(`unc.saving.${k}`)}</option>)}
        </select>
      </label>
      <button type="button" className="kk-btn" disabled={busy} onClick={() => void find()}>{L('unc.ui.find')}</button>
      {answer !== null && (
        <output data-testid="breakeven-answer">
          {typeof answer === 'string' ? answer : answer.found
            ? L('unc.be.found', { input: inputLabel(lang, answer.input, names), value: inputValue(lang, answer.input, answer.value) })
            : L('unc.be.none', {
              input: inputLabel(lang, answer.input, names), low: inputValue(lang, answer.input, answer.input.low),
              high: inputValue(lang, answer.input, answer.input.high), atLow: euro(answer.atLow), atHigh: euro(answer.atHigh),
            })}
        </output>
      )}
    </fieldset>
  );
});
