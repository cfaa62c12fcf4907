// Messages of the out-of-date result and the in-place fixes.
import { registerMessages } from '../../../engine/i18n/index';

const nl = {
  'ui.outdated.label': 'Verouderd: dit is de laatste uitkomst die wel kon worden doorgerekend.',
  'ui.outdated.errors.one': 'De invoer heeft nu 1 fout.',
  'ui.outdated.errors.other': 'De invoer heeft nu {n} fouten.',
  'ui.fix.title': 'Deze waarde valt buiten het bereik laag–hoog.',
  'ui.fix.widenHigh': 'Neem {value} als nieuwe hoogste waarde',
  'ui.fix.widenLow': 'Neem {value} als nieuwe laagste waarde',
};
const en: typeof nl = {
  'ui.outdated.label': 'Out of date: this is the last result that could be computed.',
  'ui.outdated.errors.one': 'The inputs now have 1 error.',
  'ui.outdated.errors.other': 'The inputs now have {n} errors.',
  'ui.fix.title': 'This value is outside the low–high range.',
  'ui.fix.widenHigh': 'Take {value} as the new high',
  'ui.fix.widenLow': 'Take {value} as the new low',
};
registerMessages(nl, en);

registerMessages({
  'ui.live.title': 'Uitkomst nu',
  'ui.live.financial': 'Besparing financieel',
  'ui.live.societal': 'Besparing maatschappelijk',
  'ui.live.outdated': 'verouderd: de invoer heeft fouten',
}, {
  'ui.live.title': 'Result now',
  'ui.live.financial': 'Saving, financial',
  'ui.live.societal': 'Saving, societal',
  'ui.live.outdated': 'out of date: the inputs have errors',
});
