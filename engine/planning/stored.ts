// A party's mapping as stored in the scenario's Mappings (Koppelingen) sheet.
import type { Scenario } from '../scenario/schema';
import { mappingJson, parseMapping, type MappingParse, type PlanningMapping } from './mapping';

/** The stored mapping of a party, parsed; undefined when none is stored. */
export function storedMapping(scenario: Scenario, party: string): MappingParse | undefined {
  const row = scenario.mappings?.find((m) => m.party === party);
  return row ? parseMapping(row.mapping) : undefined;
}

/** The scenario with the party's mapping stored (replacing the one it had, keeping the others). */
export function withStoredMapping(scenario: Scenario, party: string, mapping: PlanningMapping): Scenario {
  const text = mappingJson(mapping, 0);
  const rows = [...(scenario.mappings ?? [])];
  const i = rows.findIndex((m) => m.party === party);
  if (i >= 0) rows[i] = { party, mapping: text };
  else rows.push({ party, mapping: text });
  return { ...scenario, mappings: rows };
}
