// Helpers for the formula workbook tests: LibreOffice recalculation (tests/support/soffice
// forces recalculation on load), reading the Comparison sheet, and byte-level edits of the written
// xlsx (wrong cached values, a changed input cell) so that what LibreOffice computes cannot come
// from us.
import * as XLSX from 'xlsx';
import { t, type Lang } from '../../engine/i18n';
import '../../engine/i18n/formulas';
import type { ComputeResult } from '../../engine/model/result';
import { InputRefs } from '../../engine/results-workbook/formulas/refs';
import type { Scenario } from '../../engine/scenario/schema';
import { scenarioSchema } from '../../engine/scenario/schema';

type Row = (string | number | undefined)[];

export interface Figures {
  steps: { financial: number; societal: number }[];
  savings: Record<'bundling' | 'differentiation' | 'citizen' | 'total', { financial: number; societal: number }>;
  /** Per party (Parties-sheet order): rounded PV per step and the saving. */
  parties: { id: string; pv: number[]; saving: number }[];
}

const cents = (v: unknown): number => Math.round((v as number) * 100);

/** The figures on the Comparison sheet, in cents. */
export function comparisonFigures(wb: XLSX.WorkBook, lang: Lang, partyCount: number): Figures {
  const ws = wb.Sheets[t(lang, 'formulas.sheet.comparison')];
  if (!ws) throw new Error('no Comparison sheet');
  const rows = XLSX.utils.sheet_to_json<Row>(ws, { header: 1, raw: true, defval: undefined, blankrows: true });
  const at = (r: number) => rows[r - 1] ?? [];
  const steps = [4, 5, 6, 7].map((r) => ({ financial: cents(at(r)[1]), societal: cents(at(r)[2]) }));
  const s = (r: number) => ({ financial: cents(at(r)[1]), societal: cents(at(r)[2]) });
  const savings = { bundling: s(10), differentiation: s(11), citizen: s(12), total: s(13) };
  const parties = Array.from({ length: partyCount }, (_, i) => {
    const row = at(16 + i);
    return { id: String(row[0]), pv: [1, 2, 3, 4].map((c) => cents(row[c])), saving: cents(row[5]) };
  });
  return { steps, savings, parties };
}

/** The engine's figures in the same shape, in cents. */
export function engineFigures(r: ComputeResult): Figures {
  return {
    steps: r.steps.map((s) => ({ financial: cents(s.pv.financial), societal: cents(s.pv.societal) })),
    savings: Object.fromEntries((['bundling', 'differentiation', 'citizen', 'total'] as const).map((k) =>
      [k, { financial: cents(r.savings[k].financial), societal: cents(r.savings[k].societal) }])) as Figures['savings'],
    parties: r.parties.map((p) => ({
      id: p.id, pv: (['separate', 'bundled', 'differentiated', 'integrated'] as const).map((s) => cents(p.pv[s])), saving: cents(p.saving),
    })),
  };
}

const colIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function rewrite(bytes: Uint8Array, edit: (path: string, xml: string) => string): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  for (const e of zip.FileIndex) {
    if (!e.content || !e.name.endsWith('.xml')) continue;
    const path = zip.FullPaths[zip.FileIndex.indexOf(e)] ?? e.name;
    const xml = dec.decode(e.content as Uint8Array);
    const out = edit(path, xml);
    if (out !== xml) e.content = enc.encode(out) as unknown as typeof e.content;
  }
  const out = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as unknown;
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

/** Every cached value of a numeric formula cell replaced by a wrong number. Returns the bytes and
 *  how many values were falsified. */
export function withWrongCache(bytes: Uint8Array): { bytes: Uint8Array; changed: number } {
  let changed = 0;
  const out = rewrite(bytes, (path, xml) => {
    if (!path.includes('worksheets/')) return xml;
    const withFormulas = xml.replace(/(<c r="[A-Z]+\d+"(?: s="\d+")?>)(<f[^>]*\/>|<f[^>]*>[^<]*<\/f>)<v>[^<]*<\/v>/g, (_m, c: string, f: string) => {
      changed++;
      return `${c}${f}<v>987654.321</v>`;
    });
    // The other cells of a one-row array formula hold only a cached value: falsify those too.
    const arrays = [...withFormulas.matchAll(/<f t="array" ref="([A-Z]+)(\d+):([A-Z]+)\d+">/g)]
      .map((m) => ({ from: colIndex(m[1] as string), to: colIndex(m[3] as string), row: m[2] as string }));
    if (arrays.length === 0) return withFormulas;
    const inArray = new Map(arrays.map((a) => [a.row, a]));
    return withFormulas.replace(/(<c r="([A-Z]+)(\d+)"(?: s="\d+")?>)<v>[^<]*<\/v>/g, (m, c: string, col: string, row: string) => {
      const a = inArray.get(row);
      const ci = colIndex(col);
      if (!a || ci <= a.from || ci > a.to) return m;
      changed++;
      return `${c}<v>987654.321</v>`;
    });
  });
  return { bytes: out, changed };
}

/** Sets a Settings value cell (column B) to `value` in the written workbook. */
export function withSetting(bytes: Uint8Array, lang: Lang, key: string, value: number): Uint8Array {
  return withInputCell(bytes, new InputRefs(lang).setting(key), value);
}

/** Sets the input cell that `ref` names (as InputRefs writes it, e.g. 'CoFinancing'!$C$2) to a
 *  number in the written workbook: what a user does in the spreadsheet before recalculating. */
export function withInputCell(bytes: Uint8Array, ref: string, value: number): Uint8Array {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  const sheetName = (m[1] as string).replace(/''/g, "'");
  const cell = `${m[2]}${m[3]}`;
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const wbXml = new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/workbook.xml')!.content as Uint8Array);
  const names = [...wbXml.matchAll(/<sheet name="([^"]*)"/g)].map((x) => x[1]);
  const n = names.indexOf(sheetName) + 1;
  let hits = 0;
  const out = rewrite(bytes, (path, xml) => {
    if (!path.endsWith(`worksheets/sheet${n}.xml`)) return xml;
    return xml.replace(new RegExp(`(<c r="${cell}"[^>]*>)<v>[^<]*</v>`), (_m, c: string) => {
      hits++;
      return `${c}<v>${value}</v>`;
    });
  });
  if (hits !== 1) throw new Error(`${ref} not found as a number cell (sheet${n})`);
  return out;
}

/** The scenario with the result's plan written as manual bundles with Bundles-sheet years, so the
 *  engine evaluates exactly that plan whatever the other inputs (for a scenario without variants). */
export function fixedPlanScenario(s: Scenario, r: ComputeResult, settings: Partial<Scenario['settings']> = {}): Scenario {
  const bundled = r.steps.find((x) => x.id === 'bundled')!;
  const bundleOf = new Map<string, string>();
  const bundles: { id: string; year: number }[] = [];
  for (const p of bundled.projects) {
    if (p.works.length < 2) continue;
    const id = `plan-${bundles.length + 1}`;
    bundles.push({ id, year: p.year });
    for (const w of p.works) bundleOf.set(w, id);
  }
  return scenarioSchema.parse({
    ...s,
    settings: { ...s.settings, bundleMode: 'manual', ...settings },
    works: s.works.map((w) => {
      const b = bundleOf.get(w.id);
      const { bundle: _drop, ...rest } = w;
      return b === undefined ? rest : { ...rest, bundle: b };
    }),
    bundles,
  });
}

/** Function names used in the formulas of our sheets. */
export function formulaFunctions(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  rewrite(bytes, (path, xml) => {
    if (!path.includes('worksheets/')) return xml;
    for (const m of xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)) {
      for (const fn of (m[1] as string).replace(/'[^']*'/g, '').matchAll(/([A-Z_.]+)\(/g)) names.add(fn[1] as string);
    }
    return xml;
  });
  return names;
}
