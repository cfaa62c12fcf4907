// Layers may only import downwards (as in VS Code): engine <- cli, renderer, electron.
// The engine must run in a browser, a worker, the CLI and Node tests, so it imports no Node, DOM-only
// or Electron module; the renderer imports no Node or Electron.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx|mts|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:import|export)[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push((m[1] ?? m[2] ?? m[3])!);
  }
  return found;
}

// Comments and texts may name globals ("drop it on the window."); only code counts.
const withoutComments = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''")
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

const nodeBuiltin = /^(node:|fs$|fs\/|path$|os$|child_process$|crypto$|url$|worker_threads$|stream$|zlib$|buffer$|process$)/;

function violations(dir: string, forbidden: (spec: string, file: string) => boolean): string[] {
  return sources(join(root, dir)).flatMap((f) =>
    imports(f).filter((s) => forbidden(s, f)).map((s) => `${relative(root, f)} imports ${s}`),
  );
}

const upward = (layers: string[]) => (spec: string, file: string) => {
  if (!spec.startsWith('.')) return false;
  const target = relative(root, join(file, '..', spec));
  return layers.some((l) => target === l || target.startsWith(`${l}/`));
};

describe('layering', () => {
  it('engine imports no Node, Electron, React or upper layer', () => {
    const bad = violations('engine', (s, f) =>
      nodeBuiltin.test(s) || s === 'electron' || s.startsWith('react') || upward(['cli', 'renderer', 'electron'])(s, f));
    expect(bad).toEqual([]);
  });
  it('engine uses no Node or DOM globals', () => {
    const bad = sources(join(root, 'engine')).filter((f) =>
      /\b(Buffer\.|process\.|require\(|document\.|window\.|localStorage)/.test(withoutComments(readFileSync(f, 'utf8'))));
    expect(bad.map((f) => relative(root, f))).toEqual([]);
  });
  it('renderer imports no Node or Electron and nothing from cli or electron', () => {
    const bad = violations('renderer', (s, f) =>
      nodeBuiltin.test(s) || s === 'electron' || upward(['cli', 'electron'])(s, f));
    expect(bad).toEqual([]);
  });
  it('cli and electron import nothing from the renderer, nor each other', () => {
    expect(violations('cli', upward(['renderer', 'electron']))).toEqual([]);
    expect(violations('electron', upward(['renderer', 'cli']))).toEqual([]);
  });
});
