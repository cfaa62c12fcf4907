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

// Every relative import, `import type` included, resolved to a file: a type-only circle still ties
// two files together, so that neither can move or be read alone.
function resolveImport(file: string, spec: string): string | undefined {
  const base = join(file, '..', spec);
  const stem = base.replace(/\.(js|mjs)$/, '');
  for (const c of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try { if (statSync(c).isFile()) return c; } catch { /* not this one */ }
  }
  return undefined;
}

/** Import circles of any length (Tarjan's strongly connected components), as chains of files. */
function circles(dirs: string[]): string[][] {
  const files = dirs.flatMap((d) => sources(join(root, d)));
  const edges = new Map<string, string[]>();
  for (const f of files) {
    const to = imports(f).filter((s) => s.startsWith('.')).map((s) => resolveImport(f, s))
      .filter((t): t is string => t !== undefined && /\.(ts|tsx|mts)$/.test(t));
    edges.set(f, to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); part.push(relative(root, w)); } while (w !== v);
      const selfLoop = (edges.get(v) ?? []).includes(v);
      if (part.length > 1 || selfLoop) found.push(part.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

describe('no import circles', () => {
  it('finds a circle when there is one (the detector itself)', () => {
    const dir = join(root, 'tests', 'architecture', 'fixtures-circle');
    expect(circles([relative(root, dir)])).toEqual([[
      'tests/architecture/fixtures-circle/a.ts', 'tests/architecture/fixtures-circle/b.ts',
      'tests/architecture/fixtures-circle/c.ts',
    ]]);
  });
  it('engine, cli, renderer and electron have none, of any length, type imports included', () => {
    expect(circles(['engine', 'cli', 'renderer', 'electron'])).toEqual([]);
  });
});
