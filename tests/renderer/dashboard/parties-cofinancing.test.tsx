// @vitest-environment jsdom
// The party table shows what each party receives and pays in co-financing in the integrated plan
// (the PDF report's "party table with its co-financing"), summed from the engine's own lines, and
// no such columns for a scenario without co-financing.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { compute } from '../../../engine/compute';
import { formatEuro } from '../../../engine/i18n';
import { buildExample } from '../../../scenarios/example';
import '../../../engine/i18n/dashboard';
import { Parties } from '../../../renderer/dashboard/Parties';

afterEach(cleanup);
const at = { computedAt: '2026-01-01T00:00:00Z' };

describe('party table: co-financing', () => {
  it('per party, received and paid in the integrated plan, as the engine reports them', () => {
    const s = buildExample();
    const r = compute(s, at);
    const { container } = render(<Parties result={r} lang="nl" />);
    const heads = [...container.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads).toContain('Cofinanciering ontvangen (integraal, nominaal)');
    expect(heads).toContain('Cofinanciering betaald (integraal, nominaal)');
    const flows = r.cofinancing!.find((c) => c.step === 'integrated')!.flows;
    expect(flows.length).toBeGreaterThan(0);
    for (const p of r.parties) {
      const row = container.querySelector(`tr[data-party="${p.id}"]`)!;
      const received = flows.filter((f) => f.owner === p.id).reduce((a, f) => a + f.amount, 0);
      const paid = flows.filter((f) => f.funder === p.id).reduce((a, f) => a + f.amount, 0);
      expect(row.querySelector('[data-cof="received"]')!.textContent, p.id).toBe(formatEuro('nl', received, 0));
      expect(row.querySelector('[data-cof="paid"]')!.textContent, p.id).toBe(formatEuro('nl', paid, 0));
    }
    // The national scheme (rijk) funds a rule: its "paid" is not zero.
    const rijk = container.querySelector('tr[data-party="rijk"]')!;
    expect(rijk.querySelector('[data-cof="paid"]')!.textContent).not.toBe(formatEuro('nl', 0, 0));
  });

  it('has no co-financing columns when the scenario has none', () => {
    const s = { ...buildExample(), coFinancing: [] };
    const { container } = render(<Parties result={compute(s, at)} lang="en" />);
    expect(container.querySelector('[data-cof]')).toBeNull();
    expect([...container.querySelectorAll('thead th')].map((th) => th.textContent).join(' ')).not.toMatch(/Co-financing/);
  });
});
