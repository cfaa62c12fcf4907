// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { buildExample } from '../../../scenarios/example';
import { WhatIfPanel, emptyWhatIf, type WhatIf } from '../../../renderer/dashboard';
import { sharedCostKeys } from '../../../renderer/dashboard/whatif';

afterEach(cleanup);
const scenario = buildExample();

function Harness(props: { onChange?: (w: WhatIf) => void; lang?: 'nl' | 'en' }) {
  const [w, setW] = useState<WhatIf>(emptyWhatIf);
  return <WhatIfPanel whatIf={w} scenario={scenario} lang={props.lang ?? 'en'} onChange={(n) => { setW(n); props.onChange?.(n); }} onReset={() => setW(emptyWhatIf)} />;
}

describe('WhatIfPanel', () => {
  it('offers a labelled slider and field for every shared-cost setting, sequentialShare and discountRate', () => {
    render(<Harness />);
    for (const k of [...sharedCostKeys, 'sequentialShare', 'discountRate'] as const) {
      const slider = document.getElementById(`kk-wi-${k}`) as HTMLInputElement;
      expect(slider.type).toBe('range');
      expect(document.querySelector(`label[for="kk-wi-${k}"]`)?.textContent).toBeTruthy();
      expect(Number(slider.value)).toBe(scenario.settings[k]);
    }
    expect(screen.getByLabelText('Bundling')).toBeTruthy();
    expect(screen.getByLabelText('Allocation rule')).toBeTruthy();
  });

  it('passes every slider change on at once and marks the setting as changed', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const slider = document.getElementById('kk-wi-tenderFixed') as HTMLInputElement;
    fireEvent.change(slider, { target: { value: '20000' } });
    expect(onChange).toHaveBeenLastCalledWith({ settings: { tenderFixed: 20_000 }, residentShareMultiplier: 1 });
    expect(document.querySelector('.kk-slider[data-setting="tenderFixed"]')!.className).toContain('kk-changed');
    // Back to the scenario value: the key is dropped, so the what-if is empty again.
    fireEvent.change(slider, { target: { value: String(scenario.settings.tenderFixed) } });
    expect(onChange).toHaveBeenLastCalledWith({ settings: {}, residentShareMultiplier: 1 });
  });

  it('takes percentages in the number field for fractions (2.5 means 2.5%)', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Discount rate (%)'), { target: { value: '2.5' } });
    expect(onChange).toHaveBeenLastCalledWith({ settings: { discountRate: 0.025 }, residentShareMultiplier: 1 });
  });

  it('sets bundle mode, allocation rule and the resident-share multiplier; reset clears them', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Bundling'), { target: { value: 'none' } });
    fireEvent.change(screen.getByLabelText('Allocation rule'), { target: { value: 'shapley' } });
    const mult = document.getElementById('kk-wi-residentShareMultiplier') as HTMLInputElement;
    expect(mult).not.toBeNull(); // the example has citizen maintenance
    fireEvent.change(mult, { target: { value: '1.5' } });
    expect(onChange).toHaveBeenLastCalledWith({ settings: { bundleMode: 'none', allocationRule: 'shapley' }, residentShareMultiplier: 1.5 });
    const reset = screen.getByRole('button', { name: 'Reset to scenario' }) as HTMLButtonElement;
    expect(reset.disabled).toBe(false);
    fireEvent.click(reset);
    expect(reset.disabled).toBe(true);
    expect(document.querySelectorAll('.kk-changed')).toHaveLength(0);
  });

  const field = (key: string) => document.querySelector(`.kk-slider[data-setting="${key}"] input.kk-field`) as HTMLInputElement;

  it('shows and takes Dutch notation in Dutch: 2,25 and 15.000', () => {
    const onChange = vi.fn();
    render(<Harness lang="nl" onChange={onChange} />);
    expect(field('discountRate').value).toBe('2,25'); // the example's 0.0225
    expect(field('engineeringRate').value).toBe('8');
    fireEvent.change(field('discountRate'), { target: { value: '2,5' } });
    expect(onChange).toHaveBeenLastCalledWith({ settings: { discountRate: 0.025 }, residentShareMultiplier: 1 });
    // `15.000` is ambiguous in a workbook cell, but in the Dutch interface it is fifteen thousand.
    fireEvent.change(field('tenderFixed'), { target: { value: '17.500' } });
    expect(onChange).toHaveBeenLastCalledWith({ settings: { discountRate: 0.025, tenderFixed: 17_500 }, residentShareMultiplier: 1 });
    fireEvent.change(field('tenderFixed'), { target: { value: '€ 18.000,50' } });
    expect(onChange.mock.lastCall![0].settings.tenderFixed).toBe(18_000.5);
    // A lone comma before three digits is a decimal comma in Dutch.
    fireEvent.change(field('discountRate'), { target: { value: '2,125' } });
    expect(onChange.mock.lastCall![0].settings.discountRate).toBeCloseTo(0.02125, 12);
    // Leaving the field shows the value in Dutch notation again.
    fireEvent.change(field('engineeringRate'), { target: { value: '9,5%' } });
    fireEvent.blur(field('engineeringRate'));
    expect(field('engineeringRate').value).toBe('9,5');
    expect(onChange.mock.lastCall![0].settings.engineeringRate).toBeCloseTo(0.095, 12);
  });

  it('keeps English notation in English: 2.25, and 2,125 is two thousand one hundred and twenty-five', () => {
    const onChange = vi.fn();
    render(<Harness lang="en" onChange={onChange} />);
    expect(field('discountRate').value).toBe('2.25');
    fireEvent.change(field('tenderFixed'), { target: { value: '17,500' } });
    expect(onChange).toHaveBeenLastCalledWith({ settings: { tenderFixed: 17_500 }, residentShareMultiplier: 1 });
    fireEvent.change(field('discountRate'), { target: { value: '2.125' } });
    expect(onChange.mock.lastCall![0].settings.discountRate).toBeCloseTo(0.02125, 12);
  });

  it('keeps half-typed and wrong text without passing it on, and marks wrong text', () => {
    const onChange = vi.fn();
    render(<Harness lang="nl" onChange={onChange} />);
    fireEvent.change(field('discountRate'), { target: { value: '3,' } });
    expect(field('discountRate').value).toBe('3,'); // not reformatted while typing
    expect(onChange).toHaveBeenLastCalledWith({ settings: { discountRate: 0.03 }, residentShareMultiplier: 1 });
    onChange.mockClear();
    fireEvent.change(field('discountRate'), { target: { value: 'drie' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(field('discountRate').getAttribute('aria-invalid')).toBe('true');
    fireEvent.blur(field('discountRate'));
    expect(field('discountRate').value).toBe('3');
    expect(field('discountRate').getAttribute('aria-invalid')).toBeNull();
  });

  it('follows the slider: the field shows the slider value in the interface notation', () => {
    render(<Harness lang="nl" />);
    fireEvent.change(document.getElementById('kk-wi-discountRate')!, { target: { value: '0.031' } });
    expect(field('discountRate').value).toBe('3,1');
  });
});
