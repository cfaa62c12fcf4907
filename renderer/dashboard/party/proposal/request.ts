// How the proposal is asked for from outside the party view (the export menu) and how it reaches
// paper. The app sets the printer once: the desktop shell writes a PDF with a suggested file name;
// without one the browser's own print dialog opens. A request made before the party view is drawn
// (the dashboard draws it in a second pass) waits for it.
import { useSyncExternalStore } from 'react';

export type ProposalPrinter = (suggestedName: string) => Promise<unknown>;

let printer: ProposalPrinter = async () => window.print();
let pending = false;
const listeners = new Set<() => void>();

export function setProposalPrinter(p: ProposalPrinter): void {
  printer = p;
}

export function printProposal(suggestedName: string): Promise<unknown> {
  return printer(suggestedName);
}

const notify = () => {
  for (const l of listeners) l();
};

/** Asks the party view to open the proposal preview for the party it shows. */
export function requestProposal(): void {
  pending = true;
  notify();
}

/** Takes the waiting request, if any (true once per request). */
export function takeProposalRequest(): boolean {
  if (!pending) return false;
  pending = false;
  notify();
  return true;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const useProposalRequested = (): boolean => useSyncExternalStore(subscribe, () => pending);
