// Entry point of the interface: picks the shell (desktop preload or browser fallbacks) and opens
// the bundled example scenario unless an autosaved workspace is restored.
// First: zod must be told not to compile with eval before any schema is built (see the module).
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { storedLang } from './app/i18n';
import { detectShell } from './app/shell/index';
import './styles.css';

// A glob, not an import: the interface still builds while the example workbook is being made.
const example = import.meta.glob<string>('../scenarios/vier-testwijken.xlsx', { query: '?url', import: 'default', eager: true });
const exampleUrl = Object.values(example)[0];

async function loadExample() {
  if (!exampleUrl) return null;
  const res = await fetch(exampleUrl);
  if (!res.ok) return null;
  return { path: 'vier-testwijken.xlsx', name: 'vier-testwijken.xlsx', bytes: new Uint8Array(await res.arrayBuffer()) };
}

const lang = storedLang();
document.documentElement.lang = lang;
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App shell={detectShell()} initialLang={lang} loadExample={loadExample} />
    </StrictMode>,
  );
}
