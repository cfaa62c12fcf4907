// The shell's own texts (menus, dialogs, save problems) in Dutch and English. Registered with the
// shared catalogue so `t()` renders them like every other domain's messages.
import { registerMessages, t, type Catalogue, type Lang } from '../engine/i18n/index';

export const nl: Catalogue = {
  'shell.app': 'Koppelkans',
  'shell.menu.file': 'Bestand',
  'shell.menu.open': 'Openen…',
  'shell.menu.openRecent': 'Recent geopend',
  'shell.menu.noRecent': '(geen)',
  'shell.menu.save': 'Opslaan',
  'shell.menu.saveAs': 'Opslaan als…',
  'shell.menu.saveWorkbookNl': 'Werkboek opslaan in het Nederlands…',
  'shell.menu.saveWorkbookEn': 'Werkboek opslaan in het Engels…',
  'shell.menu.exportResults': 'Resultaten exporteren…',
  'shell.menu.exportResultsFormulas': 'Resultaten exporteren met formules…',
  'shell.menu.exportPdf': 'Rapport als pdf…',
  'shell.menu.quit': 'Afsluiten',
  'shell.menu.edit': 'Bewerken',
  'shell.menu.undo': 'Ongedaan maken',
  'shell.menu.redo': 'Opnieuw',
  'shell.menu.cut': 'Knippen',
  'shell.menu.copy': 'Kopiëren',
  'shell.menu.paste': 'Plakken',
  'shell.menu.selectAll': 'Alles selecteren',
  'shell.menu.view': 'Beeld',
  'shell.menu.present': 'Presenteren',
  'shell.menu.zoomIn': 'Inzoomen',
  'shell.menu.zoomOut': 'Uitzoomen',
  'shell.menu.resetZoom': 'Werkelijke grootte',
  'shell.menu.fullscreen': 'Volledig scherm',
  'shell.menu.language': 'Taal',
  'shell.menu.help': 'Help',
  'shell.menu.about': 'Over Koppelkans',
  'shell.dialog.open': 'Scenario openen',
  'shell.dialog.save': 'Opslaan als',
  'shell.dialog.savePdf': 'Rapport opslaan als pdf',
  'shell.filter.workbook': 'Excel-werkmap',
  'shell.filter.workspace': 'Koppelkans-werkruimte',
  'shell.filter.png': 'PNG-afbeelding',
  'shell.filter.pdf': 'Pdf-document',
  'shell.close.title': 'Niet-opgeslagen wijzigingen',
  'shell.close.message': 'Er zijn wijzigingen die nog niet zijn opgeslagen.',
  'shell.close.detail': 'Wilt u ze opslaan voordat u Koppelkans sluit?',
  'shell.close.save': 'Opslaan',
  'shell.close.discard': 'Niet opslaan',
  'shell.close.cancel': 'Annuleren',
  'shell.save.readOnly':
    'Opslaan van {name} is mislukt: de map {folder} is alleen-lezen of u hebt er geen schrijfrechten. Het bestaande bestand is niet gewijzigd. Kies Opslaan als en sla op in een andere map, bijvoorbeeld Documenten.',
  'shell.save.locked':
    'Opslaan van {name} is mislukt: het bestand is geopend in een ander programma (bijvoorbeeld Excel). Het bestaande bestand is niet gewijzigd. Sluit het bestand in dat programma en sla opnieuw op, of kies Opslaan als met een andere naam.',
  'shell.save.full':
    'Opslaan van {name} is mislukt: de schijf is vol. Het bestaande bestand is niet gewijzigd. Maak ruimte vrij of sla op een andere schijf op en probeer het opnieuw.',
  'shell.save.other':
    'Opslaan van {name} is mislukt ({code}). Het bestaande bestand is niet gewijzigd. Probeer Opslaan als met een andere map of naam.',
  'shell.save.notAllowed':
    'Koppelkans schrijft alleen naar bestanden die u zelf hebt gekozen. Kies Opslaan als.',
  'shell.open.tooLarge': 'Het bestand {name} is groter dan 100 MB en wordt niet geopend.',
  'shell.open.wrongType': 'Koppelkans opent alleen Excel-werkmappen (.xlsx) en werkruimtes (.json).',
  'shell.open.failed': 'Het bestand {name} kon niet worden gelezen ({code}).',
};

export const en: Catalogue = {
  'shell.app': 'Koppelkans',
  'shell.menu.file': 'File',
  'shell.menu.open': 'Open…',
  'shell.menu.openRecent': 'Open recent',
  'shell.menu.noRecent': '(none)',
  'shell.menu.save': 'Save',
  'shell.menu.saveAs': 'Save as…',
  'shell.menu.saveWorkbookNl': 'Save workbook in Dutch…',
  'shell.menu.saveWorkbookEn': 'Save workbook in English…',
  'shell.menu.exportResults': 'Export results…',
  'shell.menu.exportResultsFormulas': 'Export results with formulas…',
  'shell.menu.exportPdf': 'Report as PDF…',
  'shell.menu.quit': 'Quit',
  'shell.menu.edit': 'Edit',
  'shell.menu.undo': 'Undo',
  'shell.menu.redo': 'Redo',
  'shell.menu.cut': 'Cut',
  'shell.menu.copy': 'Copy',
  'shell.menu.paste': 'Paste',
  'shell.menu.selectAll': 'Select all',
  'shell.menu.view': 'View',
  'shell.menu.present': 'Present',
  'shell.menu.zoomIn': 'Zoom in',
  'shell.menu.zoomOut': 'Zoom out',
  'shell.menu.resetZoom': 'Actual size',
  'shell.menu.fullscreen': 'Full screen',
  'shell.menu.language': 'Language',
  'shell.menu.help': 'Help',
  'shell.menu.about': 'About Koppelkans',
  'shell.dialog.open': 'Open scenario',
  'shell.dialog.save': 'Save as',
  'shell.dialog.savePdf': 'Save report as PDF',
  'shell.filter.workbook': 'Excel workbook',
  'shell.filter.workspace': 'Koppelkans workspace',
  'shell.filter.png': 'PNG image',
  'shell.filter.pdf': 'PDF document',
  'shell.close.title': 'Unsaved changes',
  'shell.close.message': 'There are changes that have not been saved.',
  'shell.close.detail': 'Do you want to save them before closing Koppelkans?',
  'shell.close.save': 'Save',
  'shell.close.discard': "Don't save",
  'shell.close.cancel': 'Cancel',
  'shell.save.readOnly':
    'Could not save {name}: the folder {folder} is read-only or you have no permission to write there. The existing file is unchanged. Choose Save as and save in another folder, for example Documents.',
  'shell.save.locked':
    'Could not save {name}: the file is open in another program (for example Excel). The existing file is unchanged. Close the file in that program and save again, or choose Save as with another name.',
  'shell.save.full':
    'Could not save {name}: the disk is full. The existing file is unchanged. Free some space or save to another disk, then try again.',
  'shell.save.other':
    'Could not save {name} ({code}). The existing file is unchanged. Try Save as with another folder or name.',
  'shell.save.notAllowed': 'Koppelkans only writes to files you chose yourself. Choose Save as.',
  'shell.open.tooLarge': 'The file {name} is larger than 100 MB and is not opened.',
  'shell.open.wrongType': 'Koppelkans opens only Excel workbooks (.xlsx) and workspaces (.json).',
  'shell.open.failed': 'The file {name} could not be read ({code}).',
};

registerMessages(nl, en);

export function msg(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return t(lang, key, params);
}
