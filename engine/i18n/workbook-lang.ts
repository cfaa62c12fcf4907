// Texts of a workbook's own language: saving keeps the language a workbook was read in, and saving
// it in the other language is an action of its own that says what it does.
import { registerMessages, type Catalogue } from './index';

export const nl: Catalogue = {
  'wblang.in.nl': 'in het Nederlands',
  'wblang.in.en': 'in het Engels',
  'wblang.saveIn.nl': 'Opslaan in het Nederlands…',
  'wblang.saveIn.en': 'Opslaan in het Engels…',
  'wblang.saveInHint': 'Slaat het werkboek op {in}: tabbladen en kolommen krijgen namen {in}, en Opslaan houdt dat daarna aan.',
  'wblang.saveHint': 'Sneltoets: {keys}. Het werkboek wordt opgeslagen {in}, de taal waarin het is geopend.',
  'wblang.savedIn': '{name} opgeslagen {in}: tabbladen en kolommen heten nu zo, en Opslaan houdt dat aan.',
};

export const en: Catalogue = {
  'wblang.in.nl': 'in Dutch',
  'wblang.in.en': 'in English',
  'wblang.saveIn.nl': 'Save in Dutch…',
  'wblang.saveIn.en': 'Save in English…',
  'wblang.saveInHint': 'Saves the workbook {in}: sheets and columns get names {in}, and Save keeps that from then on.',
  'wblang.saveHint': 'Shortcut: {keys}. The workbook is saved {in}, the language it was opened in.',
  'wblang.savedIn': 'Saved {name} {in}: sheets and columns are named so now, and Save keeps it that way.',
};

registerMessages(nl, en);
