// What the printed proposal is drawn from: one party's figures, measures and balancing offer.
import type { Lang } from '../../../../engine/i18n';
import type { BalancingResult } from '../../../../engine/balancing/balance';
import type { MeasuresResult } from '../../../../engine/measures';
import type { ComputeResult } from '../../../../engine/model/result';
import type { PartyFigures } from '../../../../engine/proposal/party';

export interface ProposalReportProps {
  result: ComputeResult;
  figures: PartyFigures;
  measures: MeasuresResult;
  offer: BalancingResult;
  lang: Lang;
  /** Display name of a party id. */
  name: (id: string) => string;
  /** Display name of a neighbourhood id. */
  place: (id: string) => string;
}
