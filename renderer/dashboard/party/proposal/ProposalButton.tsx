// "Print proposal / as PDF" and the preview it opens, with their own state: opening and closing
// the preview redraws this and the dialog only, never the party view's long tables (a city party
// has thousands of project rows).
import { memo, useEffect, useState } from 'react';
import '../../../../engine/i18n/proposal-print';
import { t, type Lang } from '../../../../engine/i18n';
import type { ComputeResult } from '../../../../engine/model/result';
import type { PartyFigures } from '../../../../engine/proposal/party';
import type { Scenario } from '../../../../engine/scenario/schema';
import { measuresOf } from '../party-measures';
import { ProposalDialog } from './ProposalDialog';
import { takeProposalRequest, useProposalRequested } from './request';

export interface ProposalButtonProps {
  result: ComputeResult;
  scenario?: Scenario;
  figures: PartyFigures;
  /** The party's display name. */
  name: string;
  lang: Lang;
}

export const ProposalButton = memo(function ProposalButton(p: ProposalButtonProps) {
  const [open, setOpen] = useState(false);
  // The export menu asks for the proposal of the party shown (a request made before this view was
  // drawn waits: the menu may have switched to the dashboard first).
  const requested = useProposalRequested();
  useEffect(() => {
    if (requested && takeProposalRequest()) setOpen(true);
  }, [requested]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-open-proposal>{t(p.lang, 'print.openFor', { party: p.name })}</button>
      {open && <ProposalDialog result={p.result} scenario={p.scenario} figures={p.figures} measures={measuresOf(p.result)} lang={p.lang} onClose={() => setOpen(false)} />}
    </>
  );
});
