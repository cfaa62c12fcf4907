// The readable `compute` summary shows the differentiation and citizen savings and the chosen
// variants (issue 3): per neighbourhood and variant group the chosen variant, how many works took
// it and their saving against the generic variant, all from the engine's own choices; and a negative
// differentiation saving (possible with bundling) is said plainly, not hidden.
import { describe, expect, it } from 'vitest';
import { formatEuro } from '../../engine/i18n';
import '../../engine/i18n/cli';
import { compute } from '../../engine/compute';
import { buildExample } from '../../scenarios/example';
import { summaryText } from '../../cli/summary-text';

const r = compute(buildExample(), { computedAt: '2026-01-01T00:00:00Z' });

describe('compute summary: differentiation and citizen maintenance', () => {
  it('shows both savings rows with the engine figures', () => {
    const text = summaryText(r, 'nl');
    const row = (label: string) => text.split('\n').find((l) => l.startsWith(label)) ?? '';
    expect(row('Wijkdifferentiatie ')).toContain(formatEuro('nl', r.savings.differentiation.financial, 2));
    expect(row('Zelfbeheer')).toContain(formatEuro('nl', r.savings.citizen.financial, 2));
    expect(r.savings.citizen.financial).not.toBe(0);
  });

  it('lists the chosen variant per neighbourhood and group, with the works and their saving', () => {
    const text = summaryText(r, 'en');
    const choices = r.variants!;
    expect(choices.length).toBeGreaterThan(0);
    const groups = new Map<string, typeof choices>();
    for (const c of choices) groups.set(`${c.neighbourhood}|${c.group}|${c.chosen}`, [...(groups.get(`${c.neighbourhood}|${c.group}|${c.chosen}`) ?? []), c]);
    for (const cs of groups.values()) {
      const c = cs[0]!;
      const name = c.candidates.find((x) => x.variant === c.chosen)!.name;
      const line = text.split('\n').find((l) => l.startsWith(c.neighbourhood) && l.includes(name));
      expect(line, `${c.neighbourhood} ${name}`).toBeDefined();
      expect(line).toContain(c.group);
      expect(line!.trimEnd().endsWith(formatEuro('en', cs.reduce((a, x) => a + x.saving, 0), 2))).toBe(true);
    }
    // At least one work leaves the generic variant in the example.
    expect(choices.some((c) => c.chosen !== c.generic)).toBe(true);
    expect(text).not.toContain('costs MORE');
  });

  it('says so when differentiation costs more than the generic policy', () => {
    const worse = { ...r, savings: { ...r.savings, differentiation: { financial: -1234.5, societal: -99 } } };
    expect(summaryText(worse, 'en')).toContain('Note: differentiation costs MORE here than the generic policy.');
    expect(summaryText(worse, 'nl')).toContain('Let op: wijkdifferentiatie kost hier méér dan het generieke beleid.');
  });
});
