// The results dashboard and the what-if panel (issue 5), for the app in renderer/app.
import '../../engine/i18n/dashboard';

export { Dashboard, type DashboardProps } from './Dashboard';
export { WhatIfPanel, type WhatIfPanelProps } from './WhatIfPanel';
export { applyWhatIf, emptyWhatIf, isEmptyWhatIf, sharedCostKeys, whatIfNumberKeys, type WhatIf } from './whatif';
export type { Explanation, ExplainRow } from './explain';
export type { PngHandler } from './ChartFrame';
export { svgToPng } from './png';
export { headline, waterfall, cashFlow, matrix } from './view';
export { requestProposal, setProposalPrinter } from './party/proposal/request';
