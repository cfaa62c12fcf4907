// What the dashboard and the presentation both show: one computed result with its what-if controls.
import type { WhatIf } from '../../dashboard/index';
import type { Scenario } from '../../../engine/scenario/schema';
import type { ComputeOutcome } from '../compute/engine';

export interface ResultViewProps {
  outcome: ComputeOutcome;
  /** What was computed: inputs with the what-if laid over. */
  scenario: Scenario;
  /** The inputs themselves: the sliders' base values. */
  baseScenario: Scenario;
  whatIf: WhatIf;
  onWhatIf: (w: WhatIf) => void;
  onReset: () => void;
}
