// Turning opened bytes into documents: a scenario workbook (.xlsx) or a workspace file (.json).
import type { Lang } from '../../engine/i18n/index';
import type { OpenedFile } from '../../engine/shell-api';
import type { Problem } from '../../engine/problems';
import type { ReadProgress } from '../../engine/workbook/read';
import { readScenarioBytes, type ReadOutcome } from './compute/engine';
import type { I18n } from './i18n';
import { makeDoc, type Doc } from './state/documents';
import { docsFromWorkspace, readWorkspace } from './state/workspace';

export type OpenOutcome =
  | { kind: 'scenario'; doc: Doc }
  | { kind: 'workspace'; docs: Doc[]; activeId: string | null; migratedFrom?: number }
  /** `doc`: the workbook read but its inputs break rules; it opens so the user can fix them.
   *  `lang`: the workbook's own language, when its sheet names tell it. Without a document the
   *  user fixes the file itself, so its problems are shown in the language of its sheets and
   *  columns ("Works, row 4, column F (plannedYear)"), whatever the interface language. */
  | { kind: 'failed'; name: string; problems: Problem[]; doc?: Doc; lang?: Lang };

const isJson = (f: OpenedFile): boolean => /\.json$/i.test(f.name) || f.bytes[0] === 0x7b;

/** What the busy line says while `name` is read, and how far it is (0…1) where that is known. */
export function readingStatus({ t, pct }: Pick<I18n, 't' | 'pct'>, name: string, p: ReadProgress | undefined):
  { label: string; progress?: number } {
  if (p?.stage === 'sheets') {
    const share = p.total > 0 ? p.done / p.total : 0;
    return { label: t('ui.read.sheets', { name, sheet: p.sheet ?? '', pct: pct(share, 0) }), progress: share };
  }
  if (p?.stage === 'checking') return { label: t('ui.read.checking', { name }), progress: 1 };
  return { label: t(p ? 'ui.read.opening' : 'ui.compute.reading', { name }) };
}

export function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.(xlsx|json)$/i, '');
}

export function openBytes(file: OpenedFile): OpenOutcome {
  return isJson(file) ? openWorkspace(file) : fromRead(file, readScenarioBytes(file.bytes));
}

/** The same, with the workbook read by `read` (in a worker for big files), its stages told to
 *  `onProgress`. */
export async function openBytesWith(
  file: OpenedFile, read: (bytes: Uint8Array, onProgress?: (p: ReadProgress) => void) => Promise<ReadOutcome>,
  onProgress?: (p: ReadProgress) => void,
): Promise<OpenOutcome> {
  return isJson(file) ? openWorkspace(file) : fromRead(file, await read(file.bytes, onProgress));
}

function openWorkspace(file: OpenedFile): OpenOutcome {
  const r = readWorkspace(new TextDecoder().decode(file.bytes));
  if (!r.ok) {
    return { kind: 'failed', name: file.name, problems: [{ code: `ui.workspace.${r.code}`, severity: 'error', params: { detail: r.detail ?? '' } }] };
  }
  const { docs, activeId } = docsFromWorkspace(r.workspace);
  return r.migratedFrom ? { kind: 'workspace', docs, activeId, migratedFrom: r.migratedFrom } : { kind: 'workspace', docs, activeId };
}

function fromRead(file: OpenedFile, r: ReadOutcome): OpenOutcome {
  const path = file.path !== file.name ? file.path : undefined;
  if (!r.ok) {
    if (!r.scenario) return { kind: 'failed', name: file.name, problems: r.problems, ...(r.lang ? { lang: r.lang } : {}) };
    // The errors are the current inputs' own problems (the app shows those, located through
    // `sources`); the document keeps the reader's warnings.
    const warnings = r.problems.filter((p) => p.severity === 'warning');
    const doc = makeDoc(baseName(file.name), r.scenario, { path, problems: warnings, sources: r.sources, ...(r.lang ? { lang: r.lang } : {}) });
    return { kind: 'failed', name: file.name, problems: r.problems, doc };
  }
  return { kind: 'scenario', doc: makeDoc(baseName(file.name), r.scenario, { path, problems: r.warnings, sources: r.sources, lang: r.lang }) };
}
