// @vitest-environment jsdom
// The planning import dialog with the real engine: a CSV picked, the proposed mapping shown and
// corrected, the preview naming a bad row, the diff, and Apply handing back one new scenario that
// the document history records as one undoable edit.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../renderer/app/i18n';
import { PlanningImport } from '../../../renderer/app/planning/PlanningImport';
import { makeDoc, reduce, initialAppState } from '../../../renderer/app/state/documents';
import type { Scenario } from '../../../engine/scenario/schema';
import { cityScenario } from '../../planning/fixtures';

afterEach(cleanup);

const csv = [
  'Riool planning;;;',
  'Nr riool;Buurt;Planjaar;Hoeveelheid;Levensduur',
  'S-100;Zuiderhof;2031;12,5;60',
  'S-200;Atlantis;2029;3;60',
  'S-300;N1;2032;4;60',
].join('\n');

describe('PlanningImport dialog', () => {
  it('proposes, corrects, previews, diffs and applies as one undoable edit', async () => {
    const scenario = cityScenario();
    const applied: Scenario[] = [];
    render(<I18nProvider lang="en"><PlanningImport scenario={scenario} onApply={(s) => applied.push(s)} /></I18nProvider>);
    fireEvent.click(screen.getByTestId('planning-open'));
    fireEvent.change(screen.getByTestId('planning-party'), { target: { value: 'riool' } });
    const file = new File([csv], 'riool.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByTestId('planning-file'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('planning-mapping')).toBeTruthy());
    // "Nr riool" is not guessed: no id column, so every row lacks an id until the user maps it.
    expect((screen.getByTestId('map-plannedYear') as HTMLSelectElement).value).toBe('Planjaar');
    expect((screen.getByTestId('map-id') as HTMLSelectElement).value).toBe('');
    fireEvent.change(screen.getByTestId('map-id'), { target: { value: 'Nr riool' } });
    expect(screen.getByTestId('planning-preview').textContent).toContain('riool.csv, row 4, column "Buurt": "Atlantis" is not a known neighbourhood');
    expect((screen.getByTestId('planning-apply') as HTMLButtonElement).disabled).toBe(true);
    // The partner sends a corrected file: picked again, the mapping is proposed again and corrected again.
    const good = new File([csv.replace('Atlantis', 'Oosterpark')], 'riool.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByTestId('planning-file'), { target: { files: [good] } });
    await waitFor(() => expect((screen.getByTestId('map-id') as HTMLSelectElement).value).toBe(''));
    fireEvent.change(screen.getByTestId('map-id'), { target: { value: 'Nr riool' } });
    expect(screen.getByTestId('planning-diff').textContent).toContain('2 added, 1 removed, 1 changed');
    // The file has no price: the scenario's rules say so, and a constant fills it.
    expect((screen.getByTestId('planning-apply') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('planning-dialog').textContent).toContain('riool.csv, row 3: A work without a variant group needs a value here.');
    fireEvent.change(screen.getByTestId('const-unitCost'), { target: { value: '1.250,50' } });
    expect((screen.getByTestId('planning-apply') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByTestId('planning-effect'));
    expect(screen.getByTestId('planning-diff').textContent).toContain('Separate projects:');
    fireEvent.click(screen.getByTestId('planning-apply'));
    expect(applied).toHaveLength(1);
    const next = applied[0]!;
    expect(next.works.filter((w) => w.party === 'riool').map((w) => w.id)).toEqual(['S-100', 'S-200', 'S-300']);
    expect(next.works.find((w) => w.id === 'S-200')?.unitCost).toBe(1250.5);
    expect(next.mappings?.map((m) => m.party)).toEqual(['riool']);

    // One edit in the document history; undo gives the scenario back as it was.
    const doc = makeDoc('city', scenario);
    let state = reduce(initialAppState, { type: 'open', doc });
    state = reduce(state, { type: 'edit', id: doc.id, update: (s) => ({ ...s, scenario: next }), key: 'planning-1', at: 1 });
    expect(state.docs[0]!.past).toHaveLength(1);
    state = reduce(state, { type: 'undo', id: doc.id });
    expect(state.docs[0]!.present.scenario).toBe(scenario);
  });
});
