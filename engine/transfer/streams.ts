// Two growing streams, numbers (Float64Array) and small integers (Int32Array), plus a string
// table: the compact form of large regular data sent between threads. The buffers can be
// transferred instead of copied, and a reader can start at any recorded position, so each part is
// decoded only when it is read.

/** Where a part starts in the streams. */
export interface Position { num: number; int: number }

export interface Packed {
  nums: Float64Array;
  ints: Int32Array;
  strings: string[];
}

/** String codes for the two absent values; a string is its index in the table. */
const NULL = -1;
const UNDEFINED = -2;

export class StreamWriter {
  private nums = new Float64Array(1 << 16);
  private ints = new Int32Array(1 << 16);
  private n = 0;
  private i = 0;
  private readonly table = new Map<string, number>();
  private readonly strings: string[] = [];

  position(): Position {
    return { num: this.n, int: this.i };
  }

  /** Makes room for `nums` more numbers and `ints` more integers at once: growing by doubling as
   *  the city's ~4 million numbers come in allocated and copied ~70 MB, and the garbage collector
   *  then walked the whole result's heap several times. */
  reserve(nums: number, ints: number): void {
    if (this.n + nums > this.nums.length) this.nums = grow(this.nums, new Float64Array(this.n + nums));
    if (this.i + ints > this.ints.length) this.ints = grow(this.ints, new Int32Array(this.i + ints));
  }

  num(v: number): void {
    if (this.n === this.nums.length) this.nums = grow(this.nums, new Float64Array(this.nums.length * 2));
    this.nums[this.n++] = v;
  }

  int(v: number): void {
    if (this.i === this.ints.length) this.ints = grow(this.ints, new Int32Array(this.ints.length * 2));
    this.ints[this.i++] = v;
  }

  /** Writes a string's code, and returns it. */
  str(s: string | null | undefined): number {
    const k = this.code(s);
    this.int(k);
    return k;
  }

  /** Writes the code of a string of `column`: a column of few distinct strings (neighbourhoods,
   *  parties) looks them up in its own small table, which stays in the cache, rather than in the
   *  writer's table of every string (100,000 on a city, where one look-up cost as much as the
   *  rest of a row). */
  strOf(column: Map<string, number>, s: string): number {
    let k = column.get(s);
    if (k === undefined) {
      k = this.code(s);
      column.set(s, k);
    }
    this.int(k);
    return k;
  }

  /** Writes `s`, known to have code `k` when it is `known` (the same string in the same row of an
   *  earlier list): a comparison instead of a look-up. Returns the code. */
  strLike(s: string, known: string | undefined, k: number): number {
    if (s !== known) return this.str(s);
    this.int(k);
    return k;
  }

  nums64(xs: readonly number[]): void {
    this.int(xs.length);
    for (const x of xs) this.num(x);
  }

  strs(xs: readonly string[]): void {
    this.int(xs.length);
    for (const x of xs) this.str(x);
  }

  private code(s: string | null | undefined): number {
    if (s === null) return NULL;
    if (s === undefined) return UNDEFINED;
    let k = this.table.get(s);
    if (k === undefined) {
      k = this.strings.length;
      this.strings.push(s);
      this.table.set(s, k);
    }
    return k;
  }

  /** The streams written. Views of the writer's own buffers (transferred, not copied), unless
   *  much of them is unused (then a copy of the part written). */
  finish(): Packed {
    return { nums: fitted(this.nums, this.n), ints: fitted(this.ints, this.i), strings: this.strings };
  }
}

function fitted<T extends Float64Array | Int32Array>(xs: T, length: number): T {
  return (length < xs.length - (xs.length >> 3) ? xs.slice(0, length) : xs.subarray(0, length)) as T;
}

function grow<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

export class StreamReader {
  private n: number;
  private i: number;

  constructor(private readonly p: Packed, at: Position) {
    this.n = at.num;
    this.i = at.int;
  }

  num(): number {
    return this.p.nums[this.n++] as number;
  }

  int(): number {
    return this.p.ints[this.i++] as number;
  }

  /** A string that is never null or undefined. */
  str(): string {
    return this.p.strings[this.int()] as string;
  }

  /** A string that may be null or undefined, as written. */
  strOrAbsent(): string | null | undefined {
    const k = this.int();
    return k === NULL ? null : k === UNDEFINED ? undefined : (this.p.strings[k] as string);
  }

  nums64(): number[] {
    const len = this.int();
    const out = new Array<number>(len);
    for (let k = 0; k < len; k++) out[k] = this.num();
    return out;
  }

  strs(): string[] {
    const len = this.int();
    const out = new Array<string>(len);
    for (let k = 0; k < len; k++) out[k] = this.str();
    return out;
  }
}

/** The buffers to transfer with a packed part. */
export function transferList(p: Packed): ArrayBuffer[] {
  return [p.nums.buffer as ArrayBuffer, p.ints.buffer as ArrayBuffer];
}
