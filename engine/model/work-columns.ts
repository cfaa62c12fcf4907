// A neighbourhood's resolved works as columns: numbers in one Float64Array, strings as positions
// in a string table, tags as runs of positions. Two uses: the message to a planning thread (typed
// arrays move between threads without copying, where a structured clone of a city's 80,000 work
// objects takes most of a second) and the fingerprint of the works for the plan cache (a loop over
// the arrays). The field list is checked by the type (a field added to ResolvedWork does not
// compile until `kinds` lists it) and by a test (every field survives the way there and back), so
// no field can silently miss the message or the key.
import { Fingerprint } from './fingerprint';
import type { ResolvedWork } from './resolved-work';

type Kind = 'number' | 'string' | 'nullable' | 'optional' | 'strings';

const kinds: { [K in keyof Required<ResolvedWork>]: Kind } = {
  id: 'string', index: 'number', neighbourhood: 'string', party: 'string', category: 'string',
  plannedYear: 'number', quantity: 'number', unitCost: 'number', direct: 'number', durationDays: 'number',
  street: 'nullable', streetKey: 'nullable', openedArea: 'number', earliest: 'number', latest: 'number',
  lifetimeYears: 'number', deferralCostPerYear: 'number', currentOpex: 'number', annualOpex: 'number',
  bookValue: 'number', tags: 'strings', bundle: 'nullable', variant: 'optional',
};

/** The numbers of a work, in column order (index first: the fingerprint leaves it out). */
const numbersOf = (w: ResolvedWork): number[] => [
  w.index, w.plannedYear, w.quantity, w.unitCost, w.direct, w.durationDays, w.openedArea, w.earliest, w.latest,
  w.lifetimeYears, w.deferralCostPerYear, w.currentOpex, w.annualOpex, w.bookValue,
];
const numberCount = Object.values(kinds).filter((k) => k === 'number').length;
/** The strings of a work, in column order. */
const textsOf = (w: ResolvedWork): (string | null | undefined)[] => [w.id, w.neighbourhood, w.party, w.category, w.street, w.streetKey, w.bundle, w.variant];
const textCount = Object.values(kinds).filter((k) => k !== 'number' && k !== 'strings').length;
/** String positions stand for null and undefined with these. */
const NULL = -1;
const ABSENT = -2;

export interface WorkColumns {
  count: number;
  /** count × the number fields, row by row. */
  numbers: Float64Array;
  /** Per work the positions of its strings, its tag count and its tags' positions. */
  refs: Int32Array;
  strings: string[];
}

export function toColumns(ws: readonly ResolvedWork[]): WorkColumns {
  const strings: string[] = [];
  const at = new Map<string, number>();
  const ref = (s: string | null | undefined): number => {
    if (s === null) return NULL;
    if (s === undefined) return ABSENT;
    let i = at.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      at.set(s, i);
    }
    return i;
  };
  let tagCount = 0;
  for (const w of ws) tagCount += w.tags.length;
  const numbers = new Float64Array(ws.length * numberCount);
  const refs = new Int32Array(ws.length * (textCount + 1) + tagCount);
  let n = 0;
  let r = 0;
  for (const w of ws) {
    for (const x of numbersOf(w)) numbers[n++] = x;
    for (const x of textsOf(w)) refs[r++] = ref(x);
    refs[r++] = w.tags.length;
    for (const t of w.tags) refs[r++] = ref(t);
  }
  return { count: ws.length, numbers, refs, strings };
}

export function fromColumns(c: WorkColumns): ResolvedWork[] {
  const out: ResolvedWork[] = new Array(c.count);
  const nums = c.numbers;
  const text = (i: number): string | null | undefined => (i === NULL ? null : i === ABSENT ? undefined : c.strings[i]);
  let r = 0;
  for (let k = 0; k < c.count; k++) {
    const n = k * numberCount;
    const t = c.refs.subarray(r, r + textCount).map((x) => x);
    r += textCount;
    const tags: string[] = new Array(c.refs[r++] as number);
    for (let i = 0; i < tags.length; i++) tags[i] = c.strings[c.refs[r++] as number]!;
    const w: ResolvedWork = {
      index: nums[n]!, plannedYear: nums[n + 1]!, quantity: nums[n + 2]!, unitCost: nums[n + 3]!, direct: nums[n + 4]!,
      durationDays: nums[n + 5]!, openedArea: nums[n + 6]!, earliest: nums[n + 7]!, latest: nums[n + 8]!,
      lifetimeYears: nums[n + 9]!, deferralCostPerYear: nums[n + 10]!, currentOpex: nums[n + 11]!, annualOpex: nums[n + 12]!,
      bookValue: nums[n + 13]!,
      id: text(t[0]!)!, neighbourhood: text(t[1]!)!, party: text(t[2]!)!, category: text(t[3]!)!,
      street: text(t[4]!) ?? null, streetKey: text(t[5]!) ?? null, bundle: text(t[6]!) ?? null, tags,
    };
    const variant = text(t[7]!);
    if (variant !== undefined && variant !== null) w.variant = variant;
    out[k] = w;
  }
  return out;
}

/** Adds the works to a fingerprint, all but their row index (which only places error messages). */
export function addColumns(f: Fingerprint, c: WorkColumns): Fingerprint {
  const numbers = c.numbers.slice();
  for (let k = 0; k < c.count; k++) numbers[k * numberCount] = 0;
  f.add(c.count).addWords(new Uint32Array(numbers.buffer)).addWords(new Uint32Array(c.refs.buffer, c.refs.byteOffset, c.refs.length));
  return f.add(c.strings);
}
