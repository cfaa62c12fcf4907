// A city lists thousands of projects outside the core: the party card names a readable few and
// counts the rest, in both languages.
import { describe, expect, it } from 'vitest';
import { outsideCoreText } from '../../../renderer/dashboard/Parties';

describe('projects outside the core under the party table', () => {
  it('names all of a short list', () => {
    expect(outsideCoreText('nl', ['P1', 'P2'])).toBe('P1, P2');
  });
  it('names twelve of a long list and counts the rest', () => {
    const ids = Array.from({ length: 3012 }, (_, i) => `P${i + 1}`);
    expect(outsideCoreText('nl', ids)).toBe(`${ids.slice(0, 12).join(', ')} en nog 3000 projecten (alle in het resultatenwerkboek)`);
    expect(outsideCoreText('en', ids)).toBe(`${ids.slice(0, 12).join(', ')} and 3000 more projects (all in the results workbook)`);
  });
});

describe('a project as a person reads it', () => {
  it('names the neighbourhood and keeps the year and first work', async () => {
    const { projectName } = await import('../../../renderer/dashboard/names');
    const names = (sheet: string, id: string) => (sheet === 'neighbourhoods' && id === 'eikelo' ? 'Dorpskern Eikelo' : id);
    expect(projectName(names, 'eikelo/2030/EK-05')).toBe('Dorpskern Eikelo 2030 (EK-05)');
    expect(projectName(names, 'P1')).toBe('P1');
  });
});
