// Messages of the out-of-date result and the in-place fixes.
import { registerMessages } from '../../../engine/i18n/index';

const nl = {
  'outdated.label': 'Verouderd: dit is de laatste uitkomst die wel kon worden doorgerekend.',
  'outdated.errors.one': 'De invoer heeft nu 1 fout.',
  'outdated.errors.other': 'De invoer heeft nu {n} fouten.',
  'fix.title': 'Deze waarde valt buiten het bereik laag–hoog.',
  'fix.widenHigh': 'Neem {value} als nieuwe hoogste waarde',
  'fix.widenLow': 'Neem {value} als nieuwe laagste waarde',
};
const en: typeof nl = {
  'outdated.label': 'Out of date: this is the last result that could be computed.',
  'outdated.errors.one': 'The inputs now have 1 error.',
  'outdated.errors.other': 'The inputs now have {n} errors.',
  'fix.title': 'This value is outside the low–high range.',
  'fix.widenHigh': 'Take {value} as the new high',
  'fix.widenLow': 'Take {value} as the new low',
};
registerMessages(nl, en);

registerMessages({
  'live.title': 'Uitkomst nu',
  'live.financial': 'Besparing financieel',
  'live.societal': 'Besparing maatschappelijk',
  'live.outdated': 'verouderd: de invoer heeft fouten',
}, {
  'live.title': 'Result now',
  'live.financial': 'Saving, financial',
  'live.societal': 'Saving, societal',
  'live.outdated': 'out of date: the inputs have errors',
});

registerMessages({ 'skip.whatif': 'Naar het wat-als-paneel' }, { 'skip.whatif': 'Skip to the what-if panel' });
