// Messages of the badges by the headline.
import { registerMessages } from '../../engine/i18n/index';

const nl = {
  'badge.shortfall.one': '1 budgettekort',
  'badge.shortfall.other': '{n} budgettekorten',
  'badge.losing.one': '1 partij gaat erop achteruit',
  'badge.losing.other': '{n} partijen gaan erop achteruit',
  'badge.label': 'Wat aandacht vraagt',
};
const en: typeof nl = {
  'badge.shortfall.one': '1 budget shortfall',
  'badge.shortfall.other': '{n} budget shortfalls',
  'badge.losing.one': '1 party is worse off',
  'badge.losing.other': '{n} parties are worse off',
  'badge.label': 'What needs attention',
};
registerMessages(nl, en);
