// Uncertainty and sensitivity (issue 7, MODEL.md "Uncertainty"): tornado, Monte Carlo and
// break-even on the base plan's saving. One entry point for the CLI, the worker and the tests.
export { engineCostModel, replanModel, type FixedPlanModel, type StepEvaluator } from './fixed-plan';
export { fixedPlanModel } from './compiled-plan';
export { inputKey, uncertainInputs, scenarioWith, type UncertainInput } from './inputs';
export { tornado, type TornadoBar, type TornadoResult } from './tornado';
export { monteCarlo, startMonteCarlo, defaultIterations, defaultSeed, type MonteCarloResult, type MonteCarloRun, type MonteCarloOptions } from './montecarlo';
export { breakEven, breakEvenTolerance, type BreakEvenResult } from './breakeven';
export { savingKeys, savingOf, defaultSaving, type SavingChoice, type SavingKey } from './saving';
