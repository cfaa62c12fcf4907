// docs/method.md is one document in MODEL.md's order that keeps the worked example's figures, and
// docs/method-coverage.md points at test files and test names that exist.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

describe('docs/method.md', () => {
  const doc = read('docs/method.md');
  const headings = doc.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
  it('has its sections in the order of MODEL.md, each once', () => {
    const order = ['Time and money', 'Works', 'Project costs', 'Life cycle', 'Steps', 'Bundling', 'Neighbourhood differentiation',
      'Citizen-run maintenance', 'Parties, allocation and co-financing', 'Uncertainty', 'The scenario workbook', 'Outputs',
      'Choices made where MODEL.md is silent', 'Worked example', 'Performance'];
    const at = order.map((h) => headings.findIndex((x) => x.startsWith(h)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(new Set(headings).size).toBe(headings.length);
  });
  it('keeps the worked example figures that tests/engine/worked-example.test.ts checks', () => {
    for (const n of ['**151,000**', '**201,000**', '**102,500**', '**137,500**', '**48,500**', '**63,500**', '**64,812.50**', '**37,687.50**']) {
      expect(doc).toContain(n);
    }
  });
});

describe('docs/method-coverage.md', () => {
  const doc = read('docs/method-coverage.md');
  // `tests/x.test.ts` › name …  — a name ends at " …", ";", " (" or the end of the cell.
  const refs = [...doc.matchAll(/`(tests\/[^`]+\.tsx?)`((?: › [^;|]+?(?= …|;| \(|,? ›| \||$))*)/gm)];
  it('names test files that exist', () => {
    expect(refs.length).toBeGreaterThan(50);
    for (const [, file] of refs) expect(existsSync(new URL(file!, root)), file).toBe(true);
  });
  it('names tests (or describe blocks) that exist in those files', () => {
    for (const [, file, names] of refs) {
      const text = read(file!);
      for (const name of names!.split(' › ').map((n) => n.trim().replace(/,$/, '')).filter(Boolean)) {
        expect(text.includes(name), `${file} › ${name}`).toBe(true);
      }
    }
  });
});
