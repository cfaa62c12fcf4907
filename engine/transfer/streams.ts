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

  num(v: number): void {
    if (this.n === this.nums.length) this.nums = grow(this.nums, new Float64Array(this.nums.length * 2));
    this.nums[this.n++] = v;
  }

  int(v: number): void {
    if (this.i === this.ints.length) this.ints = grow(this.ints, new Int32Array(this.ints.length * 2));
    this.ints[this.i++] = v;
  }

  str(s: string | null | undefined): void {
    if (s === null) return this.int(NULL);
    if (s === undefined) return this.int(UNDEFINED);
    let k = this.table.get(s);
    if (k === undefined) {
      k = this.strings.length;
      this.strings.push(s);
      this.table.set(s, k);
    }
    this.int(k);
  }

  nums64(xs: readonly number[]): void {
    this.int(xs.length);
    for (const x of xs) this.num(x);
  }

  strs(xs: readonly string[]): void {
    this.int(xs.length);
    for (const x of xs) this.str(x);
  }

  finish(): Packed {
    return { nums: this.nums.slice(0, this.n), ints: this.ints.slice(0, this.i), strings: this.strings };
  }
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
