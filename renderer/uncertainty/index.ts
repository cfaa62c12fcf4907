// Issue 7 in the interface: the uncertainty panel, the break-even control, the worker client.
export { UncertaintyPanel, type UncertaintyPanelProps } from './UncertaintyPanel';
export { BreakEvenControl } from './BreakEvenControl';
export { SensitivityClient, makeSensitivityWorker, type RunOutcome, type WorkerLike } from './client';
