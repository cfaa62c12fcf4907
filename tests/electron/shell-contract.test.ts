// The menu commands of the shell contract (engine/shell-api.ts): the commands a page of an earlier
// release understands keep their names, the formulas export is one more, and anything else is
// refused by the schema that the preload and the page's desktop adapter both apply.
import { describe, expect, it } from 'vitest';
import { menuCommandSchema, menuCommands } from '../../engine/shell-api';

// The commands before the formulas export: a shell and a page of different releases share these.
const earlier = ['open', 'save', 'saveAs', 'undo', 'redo', 'present', 'exportPdf', 'exportResults', 'langNl', 'langEn'];

describe('menu commands in the shell contract', () => {
  it('keeps every earlier command and adds the results export with formulas', () => {
    expect(menuCommands.slice(0, earlier.length)).toEqual(earlier);
    expect(menuCommands).toContain('exportResultsFormulas');
    for (const cmd of menuCommands) expect(menuCommandSchema.parse(cmd)).toBe(cmd);
  });

  it('refuses unknown commands, other spellings and other types', () => {
    for (const bad of ['exportresultsformulas', 'exportResultsXml', 'ExportResults', '', ' save', 'quit', null, undefined, 1, ['save'], { cmd: 'exportResults', form: 'formulas' }]) {
      expect(menuCommandSchema.safeParse(bad).success, JSON.stringify(bad) ?? String(bad)).toBe(false);
    }
  });
});
