// The scenarios on which parallel and incremental planning must equal one thread: the example in
// every bundle mode and perspective, the bundled example workbook, a seeded city, and seeded small
// scenarios with manual bundles, Bundles-sheet years and works of several parties.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../engine/scenario/schema';
import { readWorkbook } from '../../engine/workbook/read';
import { buildExample } from '../../scenarios/example';
import { generateCity } from '../../scenarios/generate-city';
import { rng, scenario } from '../engine/helpers';

const withSettings = (s: Scenario, settings: Partial<Scenario['settings']>): Scenario => ({ ...s, settings: { ...s.settings, ...settings } });

/** The committed example workbook, read as a user's file. */
const examplePath = fileURLToPath(new URL('../../scenarios/vier-testwijken.xlsx', import.meta.url));

function exampleWorkbook(): Scenario {
  const r = readWorkbook(new Uint8Array(readFileSync(examplePath)));
  if (!r.ok) throw new Error(`the example workbook does not read: ${r.problems.map((p) => p.code).join(', ')}`);
  return r.scenario;
}

/** Neighbourhoods of 3–14 works (exact and heuristic), bundles of two or three with and without a year. */
export function seededBundles(seed: number): Scenario {
  const rand = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const neighbourhoods = Array.from({ length: 6 }, (_, i) => ({ id: `N${i + 1}`, disruptionCostPerDay: int(0, 3) * 100 }));
  const works: Parameters<typeof scenario>[0]['works'] = [];
  const bundles: { id: string; year?: number }[] = [];
  for (const n of neighbourhoods) {
    const count = int(3, 14);
    for (let k = 0; k < count; k++) {
      const planned = 2027 + int(0, 6);
      works.push({
        neighbourhood: n.id, party: ['A', 'B', 'C'][int(0, 2)], plannedYear: planned, quantity: int(1, 40), unitCost: int(50, 900),
        lifetimeYears: int(15, 60), maxAdvanceYears: int(0, 2), maxDeferYears: int(0, 3), durationDays: int(2, 30),
        street: `Straat ${int(1, 3)}`, openedArea: int(10, 200), deferralCostPerYear: int(0, 500),
      });
    }
    if (count >= 4) {
      const b = `B-${n.id}`;
      bundles.push(rand() < 0.5 ? { id: b, year: 2029 } : { id: b });
      const start = works.length - count;
      for (let k = 0; k < int(2, 3); k++) {
        const w = works[start + k]!;
        works[start + k] = { ...w, bundle: b, plannedYear: 2029, maxAdvanceYears: 1, maxDeferYears: 1 };
      }
    }
  }
  return scenario({
    settings: {
      discountRate: 0.03, engineeringFixed: 2000, engineeringRate: 0.08, tenderFixed: 3000, siteFixed: 1500, sitePerDay: 200,
      openingCostPerM2: 12, coordinationPerExtraParty: 800, participationFixed: 500,
    },
    neighbourhoods, works, bundles,
  });
}

export interface Case {
  name: string;
  scenario: Scenario;
}

export function testCases(): Case[] {
  const example = buildExample();
  return [
    { name: 'example', scenario: example },
    { name: 'example, societal', scenario: withSettings(example, { optimizeFor: 'societal' }) },
    { name: 'example, manual bundles', scenario: withSettings(example, { bundleMode: 'manual' }) },
    { name: 'example, no bundling', scenario: withSettings(example, { bundleMode: 'none' }) },
    { name: 'example workbook (scenarios/vier-testwijken.xlsx)', scenario: exampleWorkbook() },
    { name: 'seeded bundles 1', scenario: seededBundles(1) },
    { name: 'seeded bundles 2, manual', scenario: withSettings(seededBundles(2), { bundleMode: 'manual' }) },
    { name: 'seeded bundles 3, societal', scenario: withSettings(seededBundles(3), { optimizeFor: 'societal' }) },
    { name: 'seeded city 20 × 100', scenario: generateCity({ neighbourhoods: 20, worksPerNeighbourhood: 100 }) },
  ];
}

export const computedAt = '2026-01-01T00:00:00.000Z';
