// @vitest-environment jsdom
// The headline while a what-if's plan is held: waiting for the held plan's data from the worker it
// says so in the user's language and marks the amounts shown (the result on screen) as busy; once
// the figures for the moved amounts are there it shows them under "plan vastgehouden".
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { compute } from '../../../engine/compute';
import { Headline } from '../../../renderer/dashboard/Headline';
import { publishHeld } from '../../../renderer/dashboard/live';
import { euro } from '../../../renderer/dashboard/format';
import { buildExample } from '../../../scenarios/example';
import type { StepCents } from '../../../engine/uncertainty/saving';

afterEach(() => {
  act(() => publishHeld(null));
  cleanup();
});

const result = compute(buildExample(), { computedAt: '2026-01-01T00:00:00Z' });
const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('headline of a held plan', () => {
  it('says the amounts follow while the data is on its way, in Dutch and English', () => {
    act(() => publishHeld({ kind: 'waiting', source: result }));
    const nl = render(<Headline result={result} lang="nl" />);
    expect(norm(nl.getByTestId('plan-held-waiting').textContent)).toBe('plan vastgehouden · bedragen volgen…');
    expect(nl.container.querySelector('.kk-headline')?.getAttribute('aria-busy')).toBe('true');
    expect(nl.queryByTestId('plan-held')).toBeNull();
    nl.unmount();
    const en = render(<Headline result={result} lang="en" />);
    expect(norm(en.getByTestId('plan-held-waiting').textContent)).toBe('plan kept · amounts follow…');
  });

  it('shows the held figures once they are there', () => {
    const cents: StepCents = { financial: [500_00, 400_00, 300_00, 200_00], societal: [600_00, 500_00, 400_00, 300_00] };
    act(() => publishHeld({ kind: 'waiting', source: result }));
    const r = render(<Headline result={result} lang="nl" />);
    act(() => publishHeld({ kind: 'held', source: result, cents }));
    expect(r.queryByTestId('plan-held-waiting')).toBeNull();
    expect(norm(r.getByTestId('plan-held').textContent)).toContain('plan vastgehouden');
    expect(r.container.querySelector('.kk-headline')?.getAttribute('aria-busy')).toBeNull();
    const saving = r.container.querySelector('.kk-headline-card[data-perspective="financial"] .kk-saving .kk-amount');
    expect(norm(saving?.textContent)).toBe(norm(euro('nl', 300)));
  });
});
