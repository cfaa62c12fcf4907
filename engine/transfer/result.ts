// A compute() result in a compact form for the hand-over from a worker to the page: the
// per-project and per-work parts go into typed arrays that are transferred (not copied) and
// decoded only when first read; project cost lines travel as their few source numbers and are
// built on the page when read, by the engine's own line builder. Views of the result that are
// built when first read may be left out (`later`) and supplied on the page (they then follow from
// the worker). The other parts (views, settings) travel as packed data (./data), each decoded
// when first read: a structured clone of a city's views took a quarter of a second. The decoded result equals the packed one: same keys, same order, same values.
import { defineLazy } from '../model/lazy';
import { dataTransfers, packData, unpackData, type PackedData } from './data';
import type { ComputeResult, ProjectResult, StepResult, WorkPlan } from '../model/result';
import { packableProjects, packableWorkPlans, PlanWriter, readProjects, readWorkPlans, type LineShared } from './plans';
import { StreamReader, StreamWriter, transferList, type Packed, type Position } from './streams';

/** A list of a step: in the streams, as it was, or the very same list as an earlier step's. */
type PackedList<T> = { at: Position; count: number } | { value: T[] } | { sameAs: number };

interface PackedStep {
  keys: string[];
  head: Partial<StepResult>;
  projects: PackedList<ProjectResult>;
  works: PackedList<WorkPlan>;
}

export interface PackedResult {
  keys: string[];
  /** The result's parts other than steps: figures as they are, lists and records packed. */
  head: Partial<Record<keyof ComputeResult, unknown>>;
  /** Parts packed (./data), in order: their names, and the parts. */
  packedHead: { keys: string[]; data: PackedData };
  steps: PackedStep[];
  later: string[];
  lines: LineShared;
  streams: Packed;
}

/** The views of a result still unbuilt among `keys` (those may be left for later). */
export function unbuiltViews(result: ComputeResult, keys: readonly string[]): string[] {
  return keys.filter((k) => Object.getOwnPropertyDescriptor(result, k)?.get !== undefined);
}

/** Packs `result`; the unbuilt views named in `later` are left out. */
export function packResult(result: ComputeResult, later: readonly string[] = []): PackedResult {
  const w = new StreamWriter();
  const lines: LineShared = { settings: null, built: [] };
  const plans = new PlanWriter(w, lines);
  const left = unbuiltViews(result, later);
  const keys = Object.keys(result);
  const head: PackedResult['head'] = {};
  const packedKeys: string[] = [];
  const packedValues: unknown[] = [];
  for (const k of keys as (keyof ComputeResult)[]) {
    if (k === 'steps' || left.includes(k)) continue;
    const v = result[k];
    if (typeof v === 'object' && v !== null) {
      packedKeys.push(k);
      packedValues.push(v);
    } else head[k] = v;
  }
  // Steps with the same plan share their lists: each is written once.
  const projectLists = new Set(result.steps.map((s) => s.projects).filter(packableProjects));
  const workLists = new Set(result.steps.map((s) => s.works).filter(packableWorkPlans));
  plans.reserve([...projectLists], [...workLists]);
  const seen = new Map<unknown, number>();
  const list = <T>(xs: T[], i: number, packable: boolean, write: () => void): PackedList<T> => {
    const same = seen.get(xs);
    if (same !== undefined) return { sameAs: same };
    seen.set(xs, i);
    if (!packable) return { value: xs };
    const at = w.position();
    write();
    return { at, count: xs.length };
  };
  const steps = result.steps.map((s, i): PackedStep => {
    const stepHead: Partial<StepResult> = { ...s };
    delete stepHead.projects;
    delete stepHead.works;
    return {
      keys: Object.keys(s),
      head: stepHead,
      projects: list(s.projects, i, projectLists.has(s.projects), () => plans.projects(s.projects)),
      works: list(s.works, i, workLists.has(s.works), () => plans.workPlans(s.works)),
    };
  });
  const packedHead = { keys: packedKeys, data: packData(...packedValues) };
  return { keys, head, packedHead, steps, later: left, lines, streams: w.finish() };
}

/** The buffers to transfer with a packed result. */
export function packedTransfers(p: PackedResult): ArrayBuffer[] {
  return [...transferList(p.streams), ...dataTransfers(p.packedHead.data)];
}

/** A left-out view, asked for when first read. */
export type LaterView = (key: string) => unknown;

/** The result a packed one stands for. `onDecode` hears each part decoded (name, milliseconds). */
export function unpackResult(p: PackedResult, later: LaterView, onDecode?: (part: string, ms: number) => void): ComputeResult {
  const timed = <T>(name: string, f: () => T): T => {
    const t0 = performance.now();
    const v = f();
    onDecode?.(name, performance.now() - t0);
    return v;
  };
  const out = {} as Record<string, unknown>;
  const packed = p.packedHead;
  for (const k of p.keys) {
    const i = packed.keys.indexOf(k);
    if (k === 'steps') out.steps = unpackSteps(p, timed);
    else if (p.later.includes(k)) defineLazy(out, k, () => later(k));
    else if (i >= 0) defineLazy(out, k, () => timed(k, () => unpackData(packed.data, i)));
    else out[k] = p.head[k as keyof ComputeResult];
  }
  return out as unknown as ComputeResult;
}

function unpackSteps(p: PackedResult, timed: <T>(name: string, f: () => T) => T): StepResult[] {
  const steps: StepResult[] = [];
  const list = <T>(l: PackedList<T>, key: 'projects' | 'works', name: string, read: (r: StreamReader, n: number) => T[]): () => T[] => {
    if ('value' in l) return () => l.value;
    if ('sameAs' in l) return () => steps[l.sameAs]![key] as unknown as T[];
    return () => timed(name, () => read(new StreamReader(p.streams, l.at), l.count));
  };
  p.steps.forEach((ps) => {
    const s = {} as Record<string, unknown>;
    const id = String(ps.head.id);
    for (const k of ps.keys) {
      if (k === 'projects') defineLazy(s, k, list(ps.projects, 'projects', `${id}.projects`, (r, n) => readProjects(r, n, p.lines)));
      else if (k === 'works') defineLazy(s, k, list(ps.works, 'works', `${id}.works`, readWorkPlans));
      else s[k] = ps.head[k as keyof StepResult];
    }
    steps.push(s as unknown as StepResult);
  });
  return steps;
}
