// Planning files as partners send them, built in the tests, and a small scenario to import into.
import * as XLSX from 'xlsx';
import { importGeometry } from '../../engine/geo/import';
import { scenarioSchema, type Scenario } from '../../engine/scenario/schema';
import { geojson, scenarioWithCodes } from '../geo/fixtures';

export function cityScenario(): Scenario {
  return scenarioSchema.parse({
    settings: { baseYear: 2026, horizonYears: 30, discountRate: 0.0225, siteFixed: 20000, sitePerDay: 500, bundleMode: 'manual' },
    neighbourhoods: [
      { id: 'N1', name: 'Oosterpark', households: 800, disruptionCostPerDay: 1000, extra: { BU_CODE: 'BU03630001' } },
      { id: 'N2', name: 'Zuiderhof', households: 500, disruptionCostPerDay: 800, extra: { BU_CODE: 'BU03630002' } },
    ],
    parties: [{ id: 'gemeente', type: 'municipality' }, { id: 'riool', type: 'municipality' }, { id: 'net', type: 'utility' }],
    works: [
      { id: 'R-1', neighbourhood: 'N1', party: 'gemeente', plannedYear: 2028, quantity: 100, unitCost: 200, lifetimeYears: 40, bundle: 'B1', durationDays: 20 },
      { id: 'S-OLD', neighbourhood: 'N1', party: 'riool', plannedYear: 2029, quantity: 50, unitCost: 900, lifetimeYears: 60, bundle: 'B1', durationDays: 30, maxAdvanceYears: 1 },
      { id: 'S-100', neighbourhood: 'N2', party: 'riool', plannedYear: 2030, quantity: 10, unitCost: 1000, lifetimeYears: 60, durationDays: 10 },
      { id: 'E-1', neighbourhood: 'N2', party: 'net', plannedYear: 2030, quantity: 300, unitCost: 150, lifetimeYears: 50, durationDays: 15 },
    ],
    bundles: [{ id: 'B1', year: 2028 }],
  });
}

export function xlsxOf(sheets: Record<string, unknown[][]>, bookType: 'xlsx' | 'ods' = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), name);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

/** A GBI/Obsurv-like export: two title rows, then Dutch headers. */
export function gbiRows(): unknown[][] {
  return [
    ['Gemeente Voorbeeld - Meerjarenplanning riolering'],
    ['Export GBI d.d. 01-11-2026', '', 'Versie 3'],
    ['Objectcode', 'Buurt', 'Omschrijving', 'Vervangingsjaar', 'Lengte (m)', 'Eenheid', 'Eenheidsprijs', 'Duur (dagen)', 'Straatnaam'],
    ['S-100', 'Zuiderhof', 'Vrijverval riool', 2031, 12.5, 'm', 1100, 12, 'Zuiderlaan'],
    ['S-200', 'BU03630001', 'Gemengd stelsel', 2028, 80, 'm', 950, 25, 'Oosterweg'],
    ['S-300', 'N2', 'Drukriool', 2033, 40, 'm', 700, 8, 'Hofstraat'],
  ];
}

/** Centrum 155000–156000 × 463000–464000 with a hole 155300–155600 × 463300–463600; Noord above it
 *  (and a second part at 156200–156600 × 464200–464600); Oost to its east; West has no polygon. */
export function scenarioWithGeometry(): Scenario {
  const r = importGeometry(scenarioWithCodes(), geojson('rd'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}
