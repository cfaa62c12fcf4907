// Messages of the badges by the headline.
import { registerMessages } from '../../engine/i18n/index';

const nl = {
  'dash.badge.shortfall.one': '1 budgettekort',
  'dash.badge.shortfall.other': '{n} budgettekorten',
  'dash.badge.losing.one': '1 partij gaat erop achteruit',
  'dash.badge.losing.other': '{n} partijen gaan erop achteruit',
  'dash.badge.label': 'Wat aandacht vraagt',
};
const en: typeof nl = {
  'dash.badge.shortfall.one': '1 budget shortfall',
  'dash.badge.shortfall.other': '{n} budget shortfalls',
  'dash.badge.losing.one': '1 party is worse off',
  'dash.badge.losing.other': '{n} parties are worse off',
  'dash.badge.label': 'What needs attention',
};
registerMessages(nl, en);
