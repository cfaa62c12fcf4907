// The four steps of MODEL.md and what the optimiser says of a plan: leaf types that results, plans
// and the domains all name, kept apart so that none of them has to import another's result file.
export const stepIds = ['separate', 'bundled', 'differentiated', 'integrated'] as const;
export type StepId = (typeof stepIds)[number];

export interface OptimiserInfo {
  /** Per neighbourhood: how the optimal plan was found. */
  neighbourhoods: { id: string; works: number; method: 'exact' | 'heuristic' | 'none' | 'manual' }[];
}
