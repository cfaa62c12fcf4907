// @vitest-environment jsdom
// The planning import dialog with coordinate columns: the proposed x/y mapping shown, the preview
// placing each row in the neighbourhood its point lies in, and a change of system or column taking
// effect at once. The real engine and the scenario's real polygons.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { rdToWgs84 } from '../../../engine/geo/rd';
import { I18nProvider } from '../../../renderer/app/i18n';
import { PlanningImport } from '../../../renderer/app/planning/PlanningImport';
import { scenarioWithGeometry } from '../../planning/fixtures';

afterEach(cleanup);

const [lon, lat] = rdToWgs84(156500, 463500);
const csv = [
  'Objectcode;X;Y;Lat;Lon;Planjaar;Aantal;Levensduur;Eenheidsprijs',
  `K-1;155500;464500;${lat};${lon};2030;1;40;100`,
  `K-2;156500;463500;${lat};${lon};2031;1;40;100`,
].join('\n');

// The preview names each row's neighbourhood by its display name.
const previewCells = () => [...screen.getByTestId('planning-preview').querySelectorAll('tbody tr')]
  .map((tr) => [...tr.querySelectorAll('td')].slice(1, 3).map((td) => td.textContent));

describe('PlanningImport dialog with coordinates', () => {
  it('shows the proposed coordinate columns and places each row by its point', async () => {
    render(<I18nProvider lang="nl"><PlanningImport scenario={scenarioWithGeometry()} onApply={() => {}} /></I18nProvider>);
    fireEvent.click(screen.getByTestId('planning-open'));
    fireEvent.change(screen.getByTestId('planning-file'), { target: { files: [new File([csv], 'kabels.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(screen.getByTestId('planning-coordinates')).toBeTruthy());
    expect(screen.getByTestId('planning-coordinates').textContent).toContain('Wijk uit coördinaten');
    expect((screen.getByTestId('coord-system') as HTMLSelectElement).value).toBe('rd');
    expect((screen.getByTestId('coord-x') as HTMLSelectElement).value).toBe('X');
    expect((screen.getByTestId('coord-y') as HTMLSelectElement).value).toBe('Y');
    expect(previewCells()).toEqual([['K-1', 'Noord'], ['K-2', 'Oost']]);

    // WGS84 from the Lat and Lon columns: both rows now lie in Oost.
    fireEvent.change(screen.getByTestId('coord-system'), { target: { value: 'wgs84' } });
    fireEvent.change(screen.getByTestId('coord-lat'), { target: { value: 'Lat' } });
    fireEvent.change(screen.getByTestId('coord-lon'), { target: { value: 'Lon' } });
    expect(previewCells()).toEqual([['K-1', 'Oost'], ['K-2', 'Oost']]);

    // No coordinates: the file names no neighbourhood, and each row says so.
    fireEvent.change(screen.getByTestId('coord-system'), { target: { value: 'none' } });
    expect(screen.getByTestId('planning-dialog').textContent).toContain('Er is geen kolom en geen vaste waarde voor neighbourhood.');
  });
});
