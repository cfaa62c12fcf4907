// Plain-browser fallbacks for the shell: a file picker to open, a download to save, IndexedDB for
// the autosave and the browser's own print dialog for the report.
import type { OpenedFile, SaveResult } from '../../../engine/shell-api';
import { idbAvailable, loadAutosave, saveAutosave } from '../persist/idb';
import type { Shell } from './types';

const ACCEPT = '.xlsx,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json';

export async function fileToOpened(file: File): Promise<OpenedFile> {
  return { path: file.name || 'bestand', name: file.name || 'bestand', bytes: new Uint8Array(await file.arrayBuffer()) };
}

function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT;
    input.style.display = 'none';
    input.dataset.testid = 'open-file-input';
    const done = (f: File | null) => {
      input.remove();
      resolve(f);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

const mimeOf: Record<string, string> = {
  scenario: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  results: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  workspace: 'application/json',
  png: 'image/png',
};

export function download(bytes: Uint8Array, name: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer as ArrayBuffer], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chromium starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function browserShell(): Shell {
  return {
    kind: 'browser',
    openFile: async () => {
      const f = await pickFile();
      return f ? fileToOpened(f) : null;
    },
    openDropped: fileToOpened,
    save: async (req): Promise<SaveResult> => {
      download(req.bytes, req.suggestedName, mimeOf[req.kind] ?? 'application/octet-stream');
      return { ok: true, path: req.suggestedName };
    },
    recentFiles: async () => [],
    openRecent: async () => null,
    setWindowState: (title, dirty) => {
      document.title = dirty ? `• ${title}` : title;
    },
    autosave: async (json) => {
      if (idbAvailable()) await saveAutosave(json);
    },
    takeRecovery: async () => (idbAvailable() ? loadAutosave().catch(() => null) : null),
    printToPdf: async (name) => {
      window.print();
      return { ok: true, path: name };
    },
    onMenu: () => () => {},
    // A page has no file association: files come by the picker or by a drop.
    onOpenFile: () => () => {},
  };
}
