// Texts for importing a party's planning. Each problem is placed at the planning file's own sheet,
// row and column ({where}), as spelled in that file, so the user can find it there.
import { registerMessages } from '../i18n';

export const nl = {
  'planning.where': '{sheet}, rij {row}, kolom "{column}"',
  'planning.whereRow': '{sheet}, rij {row}',
  'planning.file.unreadable': 'Het planningsbestand kan niet worden gelezen: {detail}',
  'planning.file.empty': 'Het planningsbestand bevat geen rijen.',
  'planning.file.unknownType': 'Bestand {name}: alleen .xlsx, .ods en .csv kunnen worden ingelezen.',
  'planning.sheet.missing': 'Het tabblad "{name}" uit de koppeling staat niet in het bestand.',
  'planning.header.notFound': 'Er is geen kopregel gevonden met herkenbare kolomnamen.',
  'planning.mapping.invalid': 'De koppeling is ongeldig: {detail}',
  'planning.mapping.columnMissing': 'De koppeling noemt kolom "{column}" voor {field}, maar die staat niet in de kopregel.',
  'planning.mapping.fieldMissing': 'Er is geen kolom en geen vaste waarde voor {field}.',
  'planning.party.unknown': 'Partij {party} staat niet op het tabblad Partijen.',
  'planning.neighbourhood.unmatched': '"{value}" is geen bekende wijk (id, naam of CBS-code).',
  'planning.neighbourhood.blank': 'Deze rij noemt geen wijk.',
  'planning.id.duplicate': 'Id {id} komt al eerder in dit bestand voor (rij {first}).',
  'planning.id.otherParty': 'Id {id} is al een werk van partij {party}.',
  'planning.bundle.lostMember': 'Bundel {bundle} verliest werk {work}.',
};

export const en: typeof nl = {
  'planning.where': '{sheet}, row {row}, column "{column}"',
  'planning.whereRow': '{sheet}, row {row}',
  'planning.file.unreadable': 'The planning file cannot be read: {detail}',
  'planning.file.empty': 'The planning file holds no rows.',
  'planning.file.unknownType': 'File {name}: only .xlsx, .ods and .csv can be imported.',
  'planning.sheet.missing': 'The sheet "{name}" named in the mapping is not in the file.',
  'planning.header.notFound': 'No header row with recognisable column names was found.',
  'planning.mapping.invalid': 'The mapping is not valid: {detail}',
  'planning.mapping.columnMissing': 'The mapping names column "{column}" for {field}, but the header row has no such column.',
  'planning.mapping.fieldMissing': 'There is neither a column nor a constant for {field}.',
  'planning.party.unknown': 'Party {party} is not on the Parties sheet.',
  'planning.neighbourhood.unmatched': '"{value}" is not a known neighbourhood (id, name or CBS code).',
  'planning.neighbourhood.blank': 'This row names no neighbourhood.',
  'planning.id.duplicate': 'Id {id} already occurs earlier in this file (row {first}).',
  'planning.id.otherParty': 'Id {id} is already a work of party {party}.',
  'planning.bundle.lostMember': 'Bundle {bundle} loses work {work}.',
};

registerMessages(nl, en);
