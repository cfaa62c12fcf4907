// A compute() result in a compact form for the hand-over from a worker to the page, in two
// messages: a head with what the page shows first (the step totals, the savings, the parties, ...)
// and a rest with the bulk (the steps' project and work lists, the views), so a big result's
// headline need not wait for its lists. The per-project and per-work parts go into typed arrays
// that are transferred (not copied) and decoded only when first read; project cost lines travel
// as their few source numbers and are built on the page when read, by the engine's own line
// builder. The other parts travel as packed data (./data), each decoded when first read: a
// structured clone of a city's views took a quarter of a second. The decoded result equals the
// packed one: same keys, same order, same values; a part read before the rest came is asked of
// the caller.
import { defineLazy } from '../model/lazy';
import { dataTransfers, packData, unpackData, type PackedData } from './data';
import type { ComputeResult, ProjectResult, StepId, StepResult, WorkPlan } from '../model/result';
import { packableProjects, packableWorkPlans, PlanWriter, readProjects, readWorkPlans, type LineShared } from './plans';
import { StreamReader, StreamWriter, transferList, type Packed, type Position } from './streams';

/** A list of a step: in the streams, as it was, or the very same list as another step's (one in
 *  the head, or an earlier step's). */
type PackedList<T> = { at: Position; count: number } | { value: T[] } | { sameAs: number };

/** A step's lists in one message; null: the list travels in the other one. */
interface PackedLists {
  projects: PackedList<ProjectResult> | null;
  works: PackedList<WorkPlan> | null;
}

/** One message's share of a result. */
interface PackedPart {
  /** Parts other than steps: figures as they are. */
  plain: Partial<Record<keyof ComputeResult, unknown>>;
  /** Parts packed (./data), in order: their names, and the parts. */
  packed: { keys: string[]; data: PackedData };
  /** Per step, its lists in this message. */
  lists: PackedLists[];
  lines: LineShared;
  streams: Packed;
}

/** What the page shows first, and the names of the parts left for the rest. */
export interface PackedHead extends PackedPart {
  keys: string[];
  steps: { keys: string[]; head: Partial<StepResult> }[];
  rest: string[];
}

export type PackedRest = PackedPart;

/** A whole result: its head, and its rest. */
export interface PackedResult { head: PackedHead; rest: PackedRest }

/** What goes in the head besides the step totals: parts by name, and the steps whose project
 *  lists travel with it. */
export interface HeadChoice { parts: readonly string[]; projectsOf: readonly StepId[] }

/** Everything in the head: one message. */
const whole = (result: ComputeResult): HeadChoice => ({ parts: Object.keys(result), projectsOf: [] });

/** The views of a result still unbuilt among `keys` (built when first read). */
export function unbuiltViews(result: ComputeResult, keys: readonly string[]): string[] {
  return keys.filter((k) => Object.getOwnPropertyDescriptor(result, k)?.get !== undefined);
}

/** Packs the parts of `result` that `choice` names, and the step totals. */
export function packHead(result: ComputeResult, choice: HeadChoice): PackedHead {
  const keys = Object.keys(result);
  const rest = keys.filter((k) => k !== 'steps' && !choice.parts.includes(k));
  const part = packPart(result, keys.filter((k) => k !== 'steps' && !rest.includes(k)), (s, key) => key === 'projects' && choice.projectsOf.includes(s.id), new Map());
  const steps = result.steps.map((s) => {
    // Not spread: that would build the lists, which the rest carries.
    const head: Partial<StepResult> = {};
    for (const k of Object.keys(s) as (keyof StepResult)[]) if (k !== 'projects' && k !== 'works') (head as Record<string, unknown>)[k] = s[k];
    return { keys: Object.keys(s), head };
  });
  return { ...part, keys, steps, rest };
}

/** Packs what the head of `result` left out: the parts it names as the rest, and the lists. */
export function packRest(result: ComputeResult, head: PackedHead): PackedRest {
  // Lists the head carries are referred to, not written again.
  const seen = new Map<unknown, number>();
  head.lists.forEach((l, i) => {
    if (l.projects) seen.set(result.steps[i]!.projects, i);
    if (l.works) seen.set(result.steps[i]!.works, i);
  });
  return packPart(result, head.rest, (_, key, i) => head.lists[i]![key] === null, seen);
}

/** Packs `result` whole, the parts `choice` names (default: all) in the head. */
export function packResult(result: ComputeResult, choice: HeadChoice = whole(result)): PackedResult {
  const head = packHead(result, choice);
  return { head, rest: packRest(result, head) };
}

function packPart(result: ComputeResult, parts: readonly string[], wanted: (s: StepResult, key: 'projects' | 'works', i: number) => boolean,
  seen: Map<unknown, number>): PackedPart {
  const w = new StreamWriter();
  const lines: LineShared = { settings: null, built: [] };
  const plans = new PlanWriter(w, lines);
  const plain: PackedPart['plain'] = {};
  const packedKeys: string[] = [];
  const packedValues: unknown[] = [];
  for (const k of parts as (keyof ComputeResult)[]) {
    const v = result[k];
    if (typeof v === 'object' && v !== null) {
      packedKeys.push(k);
      packedValues.push(v);
    } else plain[k] = v;
  }
  const projectsWanted = result.steps.map((s, i) => wanted(s, 'projects', i));
  const worksWanted = result.steps.map((s, i) => wanted(s, 'works', i));
  // Steps with the same plan share their lists: each is written once.
  const projectLists = new Set(result.steps.filter((s, i) => projectsWanted[i] && !seen.has(s.projects)).map((s) => s.projects).filter(packableProjects));
  const workLists = new Set(result.steps.filter((s, i) => worksWanted[i] && !seen.has(s.works)).map((s) => s.works).filter(packableWorkPlans));
  plans.reserve([...projectLists], [...workLists]);
  const list = <T>(xs: T[], i: number, packable: boolean, write: () => void): PackedList<T> => {
    const same = seen.get(xs);
    if (same !== undefined) return { sameAs: same };
    seen.set(xs, i);
    if (!packable) return { value: xs };
    const at = w.position();
    write();
    return { at, count: xs.length };
  };
  const lists = result.steps.map((s, i): PackedLists => ({
    projects: projectsWanted[i] ? list(s.projects, i, projectLists.has(s.projects), () => plans.projects(s.projects)) : null,
    works: worksWanted[i] ? list(s.works, i, workLists.has(s.works), () => plans.workPlans(s.works)) : null,
  }));
  return { plain, packed: { keys: packedKeys, data: packData(...packedValues) }, lists, lines, streams: w.finish() };
}

/** The buffers to transfer with a packed head or rest. */
export function packedTransfers(p: PackedPart): ArrayBuffer[] {
  return [...transferList(p.streams), ...dataTransfers(p.packed.data)];
}

/** A part read before the rest came: `pick` takes it from the whole result; `name` names it
 *  (a part's key, or "<step>.projects"). */
export type MissingPart = (name: string, pick: (r: ComputeResult) => unknown) => unknown;

/** A result decoded from its head; `fill` puts its rest in place. */
export interface Unpacked { result: ComputeResult; fill(rest: PackedRest): void }

/** The result a packed head stands for. `missing` gives a part read before the rest came;
 *  `onDecode` hears each part decoded (name, milliseconds). */
export function unpackResult(head: PackedHead, missing: MissingPart, onDecode?: (part: string, ms: number) => void): Unpacked {
  let rest: PackedRest | null = null;
  const timed = <T>(name: string, f: () => T): T => {
    const t0 = performance.now();
    const v = f();
    onDecode?.(name, performance.now() - t0);
    return v;
  };
  const decode = (part: PackedPart, k: string): unknown => {
    const i = part.packed.keys.indexOf(k);
    return i >= 0 ? timed(k, () => unpackData(part.packed.data, i)) : part.plain[k as keyof ComputeResult];
  };
  const out = {} as Record<string, unknown>;
  for (const k of head.keys) {
    if (k === 'steps') out.steps = unpackSteps(head, () => rest, missing, timed);
    else if (head.rest.includes(k)) defineLazy(out, k, () => (rest ? decode(rest, k) : missing(k, (r) => r[k as keyof ComputeResult])));
    else if (head.packed.keys.includes(k)) defineLazy(out, k, () => decode(head, k));
    else out[k] = head.plain[k as keyof ComputeResult];
  }
  return { result: out as unknown as ComputeResult, fill: (r) => { rest = r; } };
}

function unpackSteps(head: PackedHead, rest: () => PackedRest | null, missing: MissingPart, timed: <T>(name: string, f: () => T) => T): StepResult[] {
  const steps: StepResult[] = [];
  const list = <T>(i: number, key: 'projects' | 'works', read: (r: StreamReader, n: number, part: PackedPart) => T[]) => (): T[] => {
    const name = `${String(head.steps[i]!.head.id)}.${key}`;
    const inHead = head.lists[i]![key] as PackedList<T> | null;
    const part = inHead ? head : rest();
    if (!part) return missing(name, (r) => r.steps[i]![key]) as T[];
    const l = (inHead ?? part.lists[i]![key]) as PackedList<T>;
    if ('value' in l) return l.value;
    if ('sameAs' in l) return steps[l.sameAs]![key] as unknown as T[];
    return timed(name, () => read(new StreamReader(part.streams, l.at), l.count, part));
  };
  head.steps.forEach((ps, i) => {
    const s = {} as Record<string, unknown>;
    for (const k of ps.keys) {
      if (k === 'projects') defineLazy(s, k, list(i, k, (r, n, part) => readProjects(r, n, part.lines)));
      else if (k === 'works') defineLazy(s, k, list(i, k, readWorkPlans));
      else s[k] = ps.head[k as keyof StepResult];
    }
    steps.push(s as unknown as StepResult);
  });
  return steps;
}

/** The result a whole packed result stands for (both messages at hand). */
export function unpackWhole(p: PackedResult, onDecode?: (part: string, ms: number) => void): ComputeResult {
  const u = unpackResult(p.head, (name) => { throw new Error(`${name} read before the rest of the result came`); }, onDecode);
  u.fill(p.rest);
  return u.result;
}
