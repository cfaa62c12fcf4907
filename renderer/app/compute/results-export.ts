// The results workbook (engine/results-workbook) where the engine offers it. Found by a glob so the
// interface builds with or without it; the export button shows only when it is there.
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import type { Lang } from '../../../engine/i18n/index';

type Writer = (scenario: Scenario, result: ComputeResult, options: { lang: Lang }) => Uint8Array;

const modules = import.meta.glob<Record<string, unknown>>('../../../engine/results-workbook/*.ts', { eager: true });
const writer = Object.values(modules)
  .map((m) => m.writeResultsWorkbook)
  .find((f): f is Writer => typeof f === 'function');

export const resultsExportAvailable = writer !== undefined;

export function exportResults(scenario: Scenario, result: ComputeResult, lang: Lang): Uint8Array | null {
  return writer ? writer(scenario, result, { lang }) : null;
}
