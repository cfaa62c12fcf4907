// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { buildExample } from '../../../scenarios/example';
import { WhatIfPanel, emptyWhatIf, type WhatIf } from '../../../renderer/dashboard';
import { sharedCostKeys } from '../../../renderer/dashboard/whatif';

afterEach(cleanup);
const scenario = buildExample();

function Harness(props: { onChange?: (w: WhatIf) => void }) {
  const [w, setW] = useState<WhatIf>(emptyWhatIf);
  return <WhatIfPanel whatIf={w} scenario={scenario} lang="en" onChange={(n) => { setW(n); props.onChange?.(n); }} onReset={() => setW(emptyWhatIf)} />;
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
});
