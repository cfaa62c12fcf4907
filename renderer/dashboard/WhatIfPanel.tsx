// The what-if panel: a slider and a number field per setting, selects for bundle mode and
// allocation rule, a multiplier on residents' share, and a reset. Range inputs take the arrow keys
// natively; every input event is passed on at once so the charts follow the slider.
import { memo, useCallback, useState } from 'react';
import '../../engine/i18n/dashboard';
import { t, type Lang } from '../../engine/i18n';
import { allocationRules, bundleModes, type AllocationRule, type BundleMode, type Scenario } from '../../engine/scenario/schema';
import { noteSliderMoved, setDragging } from './dragging';
import { fieldText, parseFieldText } from './field-number';
import { euro, percent } from './format';
import {
  effectiveSetting, isEmptyWhatIf, residentShareMultiplierRange, sharedCostKeys, sliderRange,
  type SliderRange, type WhatIf, type WhatIfNumberKey,
} from './whatif';
import './dashboard.css';

export interface WhatIfPanelProps {
  whatIf: WhatIf;
  onChange: (next: WhatIf) => void;
  onReset: () => void;
  /** The scenario the what-if changes: its values are the sliders' base and the reset target. */
  scenario: Scenario;
  lang: Lang;
  presentation?: boolean;
}

const dragStart = () => setDragging(true);
const dragEnd = () => setDragging(false);

/** A number in the interface language's notation (`2,25` in Dutch). While the user types, the field
 *  keeps their text (a half-typed `2,` must not be reformatted); each complete number is passed on
 *  at once, and on leaving the field it shows the value in its own notation again. */
function NumberField(props: { lang: Lang; label: string; value: number; onValue: (v: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? props.value : parseFieldText(props.lang, draft);
  const invalid = draft !== null && draft.trim() !== '' && (parsed === undefined || parsed < 0);
  return (
    <input type="text" inputMode="decimal" className="kk-field" aria-label={props.label} aria-invalid={invalid || undefined}
      value={draft ?? fieldText(props.lang, props.value)}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        const n = parseFieldText(props.lang, text);
        if (n !== undefined && n >= 0) props.onValue(n);
      }}
      onBlur={() => setDraft(null)}
      onKeyDown={(e) => { if (e.key === 'Enter') setDraft(null); }} />
  );
}

function Slider(props: {
  id: string; label: string; value: number; base: number; range: SliderRange; lang: Lang; changed: boolean;
  onValue: (v: number) => void;
}) {
  const { range, lang } = props;
  const show = (v: number) => (range.kind === 'euro' ? euro(lang, v) : percent(lang, v, range.step < 0.01 ? 2 : 0));
  // Fractions are typed as percentages in the field (2.25 for 2.25%): what a controller expects.
  const fieldValue = range.kind === 'fraction' ? Math.round(props.value * 10000) / 100 : props.value;
  return (
    <div className={`kk-slider${props.changed ? ' kk-changed' : ''}`} data-setting={props.id}>
      <label htmlFor={`kk-wi-${props.id}`}>{props.label}</label>
      <div className="kk-slider-row">
        <input id={`kk-wi-${props.id}`} type="range" min={range.min} max={range.max} step={range.step} value={props.value}
          aria-valuetext={show(props.value)}
          onPointerDown={dragStart} onPointerUp={dragEnd} onPointerCancel={dragEnd} onBlur={dragEnd}
          onChange={(e) => { noteSliderMoved(); props.onValue(Number(e.target.value)); }} />
        <NumberField lang={lang} label={`${props.label} (${range.kind === 'fraction' ? '%' : '€'})`} value={fieldValue}
          onValue={(n) => props.onValue(range.kind === 'fraction' ? n / 100 : n)} />
      </div>
      <output htmlFor={`kk-wi-${props.id}`}>{show(props.value)}{props.changed ? ` · ${t(lang, 'whatif.scenarioValue', { value: show(props.base) })}` : ''}</output>
    </div>
  );
}

export const WhatIfPanel = memo(function WhatIfPanel(props: WhatIfPanelProps) {
  const { whatIf, onChange, scenario, lang } = props;
  const setNumber = useCallback((key: WhatIfNumberKey, v: number) => {
    const base = scenario.settings[key];
    const settings = { ...whatIf.settings };
    if (v === base) delete settings[key]; else settings[key] = v;
    onChange({ ...whatIf, settings });
  }, [whatIf, onChange, scenario]);
  const setChoice = (key: 'bundleMode' | 'allocationRule', v: string) => {
    const settings = { ...whatIf.settings };
    if (v === scenario.settings[key]) delete settings[key];
    else if (key === 'bundleMode') settings.bundleMode = v as BundleMode;
    else settings.allocationRule = v as AllocationRule;
    onChange({ ...whatIf, settings });
  };
  const slider = (key: WhatIfNumberKey) => {
    const base = scenario.settings[key];
    return (
      <Slider key={key} id={key} label={t(lang, `whatif.setting.${key}`)} lang={lang} value={effectiveSetting(scenario, whatIf, key)}
        base={base} range={sliderRange(key, base)} changed={whatIf.settings[key] !== undefined}
        onValue={(v) => setNumber(key, v)} />
    );
  };
  const hasCitizen = scenario.citizenMaintenance.length > 0;
  return (
    <section className={`kk-whatif${props.presentation ? ' kk-presentation' : ''}`} aria-labelledby="kk-whatif-title">
      <header className="kk-chart-head">
        <h2 id="kk-whatif-title">{t(lang, 'whatif.title')}</h2>
        <button type="button" className="kk-btn" onClick={props.onReset} disabled={isEmptyWhatIf(whatIf)} title={t(lang, 'whatif.resetDesc')}>
          {t(lang, 'whatif.reset')}
        </button>
      </header>
      <fieldset>
        <legend>{t(lang, 'whatif.group.other')}</legend>
        {slider('discountRate')}
        {slider('sequentialShare')}
        <div className="kk-choice">
          <label htmlFor="kk-wi-bundleMode">{t(lang, 'whatif.setting.bundleMode')}</label>
          <select id="kk-wi-bundleMode" value={effectiveSetting(scenario, whatIf, 'bundleMode')} onChange={(e) => setChoice('bundleMode', e.target.value)}>
            {bundleModes.map((m) => <option key={m} value={m}>{t(lang, `whatif.bundleMode.${m}`)}</option>)}
          </select>
        </div>
        <div className="kk-choice">
          <label htmlFor="kk-wi-allocationRule">{t(lang, 'whatif.setting.allocationRule')}</label>
          <select id="kk-wi-allocationRule" value={effectiveSetting(scenario, whatIf, 'allocationRule')} onChange={(e) => setChoice('allocationRule', e.target.value)}>
            {allocationRules.map((m) => <option key={m} value={m}>{t(lang, `whatif.allocationRule.${m}`)}</option>)}
          </select>
        </div>
        {hasCitizen && (
          <Slider id="residentShareMultiplier" label={t(lang, 'whatif.setting.residentShareMultiplier')} lang={lang}
            value={whatIf.residentShareMultiplier} base={1} range={residentShareMultiplierRange}
            changed={whatIf.residentShareMultiplier !== 1}
            onValue={(v) => onChange({ ...whatIf, residentShareMultiplier: v })} />
        )}
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'whatif.group.shared')}</legend>
        {sharedCostKeys.map(slider)}
      </fieldset>
    </section>
  );
});
