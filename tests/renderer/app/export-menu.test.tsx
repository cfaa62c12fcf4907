// @vitest-environment jsdom
// The export menu button: two forms of the results workbook, reachable by keyboard (ArrowDown
// opens on the first item, arrows move, Escape closes and gives focus back), the uncertainty hint
// when a run's sheets will be included, and shut while a workbook is being written.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportMenu } from '../../../renderer/app/views/ExportMenu';
import { I18nProvider } from '../../../renderer/app/i18n';
import type { ResultsForm } from '../../../renderer/app/compute/results-export';

afterEach(cleanup);

function setup(props: { busy?: boolean; withUncertainty?: boolean } = {}) {
  const chosen: ResultsForm[] = [];
  render(
    <I18nProvider lang="en">
      <ExportMenu disabled={false} busy={props.busy ?? false} withUncertainty={props.withUncertainty ?? false} onExport={(f) => chosen.push(f)} />
    </I18nProvider>,
  );
  return { chosen, button: screen.getByTestId('export-results') };
}

describe('export menu', () => {
  it('offers values and formulas; keyboard opens, moves, chooses and closes', () => {
    const { chosen, button } = setup();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.querySelector('.export-title')?.textContent)).toEqual(['Results as values', 'Results with formulas (auditable)']);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(chosen).toEqual([]);

    fireEvent.click(button);
    fireEvent.click(screen.getByTestId('export-formulas'));
    expect(chosen).toEqual(['formulas']);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('names the uncertainty sheets when a run will be included', () => {
    setup({ withUncertainty: true });
    fireEvent.click(screen.getByTestId('export-results'));
    expect(screen.getByTestId('export-values').textContent).toContain('Tornado, Monte Carlo and Break-even');
    expect(screen.getByTestId('export-formulas').textContent).not.toContain('Tornado');
  });

  it('names no shortcut unless given one (the browser has no desktop menu)', () => {
    setup();
    fireEvent.click(screen.getByTestId('export-results'));
    for (const item of screen.getAllByRole('menuitem')) {
      expect(item.getAttribute('aria-keyshortcuts')).toBeNull();
      expect(item.querySelector('kbd')).toBeNull();
    }
  });

  it('stays shut while a workbook is being written', () => {
    const { button } = setup({ busy: true });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers the proposal to the chosen party when given one: a third item, in the keyboard cycle', () => {
    let asked = 0;
    render(
      <I18nProvider lang="nl">
        <ExportMenu disabled={false} busy={false} withUncertainty={false} onExport={() => {}} onProposal={() => { asked++; }} />
      </I18nProvider>,
    );
    const button = screen.getByTestId('export-results');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const items = screen.getAllByRole('menuitem');
    expect(items).toHaveLength(3);
    expect(items[2]!.querySelector('.export-title')?.textContent).toBe('Voorstel afdrukken / als pdf');
    fireEvent.keyDown(items[0]!, { key: 'End' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.click(screen.getByTestId('export-proposal'));
    expect(asked).toBe(1);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
