// A document's workbook language: read from the file, kept by the workspace and the autosave
// (older workspace files without it still read), changed only by a save in another language, which
// also drops the old file's spelling; a snapshot is saved in its workbook's language; and the
// problem text names a workbook's own sheets and columns in whatever language the text is.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExample } from '../../../scenarios/example/index';
import { openBytes } from '../../../renderer/app/files';
import { applyWhatIf } from '../../../renderer/dashboard/whatif';
import { initialAppState, makeDoc, reduce, snapshotDoc } from '../../../renderer/app/state/documents';
import { docsFromWorkspace, readWorkspace, writeWorkspace } from '../../../renderer/app/state/workspace';
import { problemParts, workbookSpelling } from '../../../renderer/app/problem-text';
import { writeWorkbook } from '../../../engine/workbook/write';
import { buildMenuTemplate } from '../../../electron/menu';

const example = () => new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'scenarios', 'vier-testwijken.xlsx')));

describe('workbook language of a document', () => {
  it('is the language the workbook was read in', () => {
    const nl = openBytes({ path: 'a.xlsx', name: 'a.xlsx', bytes: example() });
    const en = openBytes({ path: 'b.xlsx', name: 'b.xlsx', bytes: new Uint8Array(writeWorkbook(buildExample(), { lang: 'en' })) });
    expect(nl.kind === 'scenario' && nl.doc.lang).toBe('nl');
    expect(en.kind === 'scenario' && en.doc.lang).toBe('en');
  });

  it('survives the workspace file, and a workspace without it still reads', () => {
    const docs = [makeDoc('A', buildExample(), { lang: 'nl' }), makeDoc('B', buildExample())];
    const r = readWorkspace(writeWorkspace(docs, docs[0]!.id));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const back = docsFromWorkspace(r.workspace).docs;
    expect(back.map((d) => d.lang)).toEqual(['nl', undefined]);
    const old = JSON.parse(writeWorkspace(docs, null)) as { documents: Record<string, unknown>[] };
    for (const d of old.documents) delete d.lang;
    expect(readWorkspace(JSON.stringify(old)).ok).toBe(true);
  });

  it('changes by a save in another language, which drops the old file\'s rows and spelling', () => {
    const opened = openBytes({ path: 'a.xlsx', name: 'a.xlsx', bytes: example() });
    if (opened.kind !== 'scenario') throw new Error('example did not open');
    let s = reduce(initialAppState, { type: 'open', doc: opened.doc });
    const id = s.activeId!;
    expect(s.docs[0]!.sources).toBeDefined();
    s = reduce(s, { type: 'saved', id });
    expect(s.docs[0]!.lang).toBe('nl');
    expect(s.docs[0]!.sources).toBeDefined();
    s = reduce(s, { type: 'saved', id, lang: 'en' });
    expect(s.docs[0]!.lang).toBe('en');
    expect(s.docs[0]!.sources).toBeUndefined();
    expect(snapshotDoc(s.docs[0]!, 'Kopie', applyWhatIf).lang).toBe('en');
  });

  it('names the places of problems as the workbook spells them', () => {
    const p = { code: 'ref.unknownNeighbourhood', severity: 'error' as const, params: { id: 'X' }, sheet: 'works' as const, index: 2, field: 'neighbourhood', column: 'C' };
    expect(problemParts('en', p).where).toBe('Works, row 4, column C (neighbourhood)');
    expect(problemParts('en', p, workbookSpelling('nl')).where).toBe('Werken, row 4, column C (wijk)');
    const sources = { works: { name: 'werken', rows: [], columns: { neighbourhood: { column: 'C', header: 'Wijk' } } } };
    expect(problemParts('en', p, workbookSpelling('nl', sources)).where).toBe('werken, row 4, column C (Wijk)');
    // The sheet the message itself names, too.
    expect(problemParts('en', p).message).toBe('The neighbourhood "X" does not exist on the Neighbourhoods sheet.');
    expect(problemParts('en', p, workbookSpelling('nl')).message).toBe('The neighbourhood "X" does not exist on the Wijken sheet.');
  });

  it('has desktop menu items to save in Dutch and in English, in both menu languages', () => {
    for (const [lang, labels] of [['nl', ['Werkboek opslaan in het Nederlands…', 'Werkboek opslaan in het Engels…']], ['en', ['Save workbook in Dutch…', 'Save workbook in English…']]] as const) {
      const sent: string[] = [];
      const file = buildMenuTemplate(lang, { send: (c) => sent.push(c), openRecent: () => undefined, about: () => undefined }, [], 'linux')[0]!;
      const items = Array.isArray(file.submenu) ? file.submenu : [];
      for (const [i, cmd] of (['saveWorkbookNl', 'saveWorkbookEn'] as const).entries()) {
        const item = items.find((x) => x.label === labels[i]);
        expect(item, labels[i]).toBeDefined();
        (item!.click as () => void)();
        expect(sent.at(-1)).toBe(cmd);
      }
    }
  });
});
