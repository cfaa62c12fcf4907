// Texts of the planning import dialog in the interface.
import { registerMessages } from '../i18n';

export const nl = {
  'planningUi.open': 'Planning inlezen…',
  'planningUi.title': 'Planning van één partij inlezen',
  'planningUi.file': 'Bestand (.xlsx, .ods, .csv)',
  'planningUi.party': 'Partij',
  'planningUi.mapping': 'Koppeling',
  'planningUi.field': 'Veld',
  'planningUi.column': 'Kolom in het bestand',
  'planningUi.constant': 'Vaste waarde',
  'planningUi.none': '—',
  'planningUi.preview': 'Eerste rijen',
  'planningUi.row': 'Rij',
  'planningUi.ok': 'in orde',
  'planningUi.problems': '{count} probleem/problemen',
  'planningUi.effect': 'Effect berekenen',
  'planningUi.apply': 'Toepassen',
  'planningUi.cancel': 'Sluiten',
  'planningUi.stored': 'Opgeslagen koppeling van deze partij gebruikt.',
  'planningUi.proposed': 'Koppeling voorgesteld uit de kolomnamen; controleer haar.',
};

export const en: typeof nl = {
  'planningUi.open': 'Import planning…',
  'planningUi.title': 'Import one party\'s planning',
  'planningUi.file': 'File (.xlsx, .ods, .csv)',
  'planningUi.party': 'Party',
  'planningUi.mapping': 'Mapping',
  'planningUi.field': 'Field',
  'planningUi.column': 'Column in the file',
  'planningUi.constant': 'Constant',
  'planningUi.none': '—',
  'planningUi.preview': 'First rows',
  'planningUi.row': 'Row',
  'planningUi.ok': 'fine',
  'planningUi.problems': '{count} problem(s)',
  'planningUi.effect': 'Compute the effect',
  'planningUi.apply': 'Apply',
  'planningUi.cancel': 'Close',
  'planningUi.stored': 'Using this party\'s stored mapping.',
  'planningUi.proposed': 'Mapping proposed from the column names; check it.',
};

registerMessages(nl, en);
