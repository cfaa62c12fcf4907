// How large is the bundling saving of the example, relative to what? Prints it as a share of the
// separate present value of the whole scenario, and as a share of the separate project costs of the
// works that end up bundled (the yardstick of combined-works studies, which report 10–30%).
// The inputs are not tuned to any of these numbers.
//
//   npx tsx scenarios/bundling-share.ts [workbook.xlsx]     (default: the example built in code)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { formatEuro, formatPercent } from '../engine/i18n';
import { compute } from '../engine/compute';
import type { ComputeResult, StepResult } from '../engine/model/result';
import type { Scenario } from '../engine/scenario/schema';
import { readWorkbook } from '../engine/workbook/read';
import { buildExample } from './example';

export interface BundlingShare {
  saving: { financial: number; societal: number };
  separatePV: { financial: number; societal: number };
  bundledWorks: number;
  bundledProjects: number;
  /** PV of the separate first executions (direct + shared) of the works that end up bundled. */
  separateProjectsPV: { financial: number; societal: number };
  /** Nominal project costs (direct + shared + deferral) of those works: separate vs bundled. */
  nominal: { separate: number; bundled: number };
}

const step = (r: ComputeResult, id: StepResult['id']): StepResult => {
  const s = r.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};

export function bundlingShare(r: ComputeResult): BundlingShare {
  const separate = step(r, 'separate');
  const bundled = step(r, 'bundled');
  const multi = bundled.projects.filter((p) => p.works.length > 1);
  const ids = new Set(multi.flatMap((p) => p.works));
  const theirSeparate = separate.projects.filter((p) => p.works.some((w) => ids.has(w)));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    saving: r.savings.bundling,
    separatePV: separate.pv,
    bundledWorks: ids.size,
    bundledProjects: multi.length,
    separateProjectsPV: {
      financial: sum(theirSeparate.map((p) => p.pv.financial)),
      societal: sum(theirSeparate.map((p) => p.pv.societal)),
    },
    nominal: { separate: sum(theirSeparate.map((p) => p.financial)), bundled: sum(multi.map((p) => p.financial)) },
  };
}

export function bundlingShareText(b: BundlingShare): string {
  const e = (v: number) => formatEuro('en', v, 0);
  const pct = (a: number, b: number) => (b === 0 ? 'n/a' : formatPercent('en', a / b, 1));
  const nominalSaving = b.nominal.separate - b.nominal.bundled;
  return [
    `Bundling saving (PV): financial ${e(b.saving.financial)}, societal ${e(b.saving.societal)}`,
    `  as a share of the separate PV of the whole scenario: financial ${pct(b.saving.financial, b.separatePV.financial)}, societal ${pct(b.saving.societal, b.separatePV.societal)}`,
    `Works that end up bundled: ${b.bundledWorks} in ${b.bundledProjects} projects`,
    `  their separate project costs (first executions, PV): financial ${e(b.separateProjectsPV.financial)}, societal ${e(b.separateProjectsPV.societal)}`,
    `  bundling saving as a share of those: financial ${pct(b.saving.financial, b.separateProjectsPV.financial)}, societal ${pct(b.saving.societal, b.separateProjectsPV.societal)}`,
    `  nominal project costs of those works, separate ${e(b.nominal.separate)} vs bundled ${e(b.nominal.bundled)}: ` +
      `${pct(nominalSaving, b.nominal.separate)} less (no discounting, no life cycle)`,
  ].join('\n');
}

function scenarioFrom(path: string | undefined): Scenario {
  if (!path) return buildExample();
  const read = readWorkbook(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(`${path}: ${read.problems.map((p) => p.code).join(', ')}`);
  return read.scenario;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(bundlingShareText(bundlingShare(compute(scenarioFrom(process.argv[2])))));
}
