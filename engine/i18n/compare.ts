// Texts of the comparison of scenarios: the waterfalls side by side, each party's saving, the
// settings by label, and rows that differ. Setting labels the what-if panel and the uncertainty
// analysis already have are taken from there; these are the ones only the comparison shows.
import { registerMessages, type Catalogue } from './index';

export const nl: Catalogue = {
  'compare.waterfalls': 'Van afzonderlijk naar integraal, naast elkaar',
  'compare.waterfallsNote': 'Beide grafieken hebben dezelfde schaal.',
  'compare.parties': 'Besparing per partij (financieel, contante waarde)',
  'compare.party': 'Partij',
  'compare.partySaving': 'Besparing',
  'compare.partyDiff': 'Verschil met {name}',
  'compare.partyAbsent': 'niet in dit scenario',
  'compare.setting': 'Instelling',
  'compare.setting.name': 'Naam van het scenario',
  'compare.setting.baseYear': 'Basisjaar (prijspeil)',
  'compare.setting.horizonYears': 'Horizon (jaren)',
  'compare.setting.discountTiming': 'Moment van de kosten in het jaar',
  'compare.setting.optimizeFor': 'Optimaliseren op',
  'compare.timing.end': 'eind van het jaar',
  'compare.timing.mid': 'midden van het jaar',
  'compare.timing.start': 'begin van het jaar',
  'compare.noSharedRows': 'Deze scenario’s hebben geen enkele rij gemeen: op geen tabblad komt een id in beide voor. Het zijn verschillende scenario’s; vergelijk hierboven hun resultaten.',
  'compare.noSharedSheet': '{sheet}: geen gemeenschappelijke rijen ({counts}).',
  'compare.rowCount': '{name} {n} rijen',
  'compare.rowCount#one': '{name} 1 rij',
};

export const en: Catalogue = {
  'compare.waterfalls': 'From separate to integrated, side by side',
  'compare.waterfallsNote': 'Both charts share one scale.',
  'compare.parties': 'Saving per party (financial, present value)',
  'compare.party': 'Party',
  'compare.partySaving': 'Saving',
  'compare.partyDiff': 'Difference from {name}',
  'compare.partyAbsent': 'not in this scenario',
  'compare.setting': 'Setting',
  'compare.setting.name': 'Scenario name',
  'compare.setting.baseYear': 'Base year (price level)',
  'compare.setting.horizonYears': 'Horizon (years)',
  'compare.setting.discountTiming': 'Timing of costs within the year',
  'compare.setting.optimizeFor': 'Optimise for',
  'compare.timing.end': 'end of year',
  'compare.timing.mid': 'mid-year',
  'compare.timing.start': 'start of year',
  'compare.noSharedRows': 'These scenarios have no row in common: no id appears in both on any sheet. They are different scenarios; compare their results above.',
  'compare.noSharedSheet': '{sheet}: no rows in common ({counts}).',
  'compare.rowCount': '{name} {n} rows',
  'compare.rowCount#one': '{name} 1 row',
};

registerMessages(nl, en);
