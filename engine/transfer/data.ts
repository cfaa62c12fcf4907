// Plain data (objects, arrays, strings, numbers, booleans, null, undefined) in the streams of
// ./streams, for lists of many objects of few shapes such as a scenario's works: the key names of
// each shape travel once (a structured clone writes and reads every key of every object again,
// and took half a second on a city's 50,000 works), the numbers and string codes in transferred
// typed arrays. Anything else (a Date, a typed array, an object of a class) travels as it is, by
// the structured clone. Decoded objects have the same keys in the same order and the same values.
import { StreamReader, StreamWriter, transferList, type Packed, type Position } from './streams';

export interface PackedData {
  /** Where each value packed starts. */
  at: Position[];
  /** The key names of each shape of object. */
  shapes: string[][];
  /** Values sent as they are. */
  rest: unknown[];
  streams: Packed;
}

// A value's kind, in the integer stream before it.
const NUMBER = 0;
const STRING = 1;
const NULL = 2;
const UNDEFINED = 3;
const TRUE = 4;
const FALSE = 5;
const ARRAY = 6;
const OBJECT = 7;
const AS_IS = 8;

class DataWriter {
  readonly w = new StreamWriter();
  readonly shapes: string[][] = [];
  readonly rest: unknown[] = [];
  private readonly shapeIds = new Map<string, number>();
  private last: { keys: string[]; id: number } | null = null;

  value(v: unknown): void {
    const w = this.w;
    switch (typeof v) {
      case 'number': w.int(NUMBER); w.num(v); return;
      case 'string': w.int(STRING); w.str(v); return;
      case 'boolean': w.int(v ? TRUE : FALSE); return;
      case 'undefined': w.int(UNDEFINED); return;
      case 'object':
        if (v === null) return w.int(NULL);
        if (Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype) return this.array(v);
        if (Object.getPrototypeOf(v) === Object.prototype) return this.object(v as Record<string, unknown>);
    }
    w.int(AS_IS);
    w.int(this.rest.length);
    this.rest.push(v);
  }

  private array(xs: readonly unknown[]): void {
    this.w.int(ARRAY);
    this.w.int(xs.length);
    for (let i = 0; i < xs.length; i++) this.value(xs[i]);
  }

  private object(o: Record<string, unknown>): void {
    this.w.int(OBJECT);
    this.w.int(this.shape(Object.keys(o)));
    // In the keys' order, without a look-up by name per key.
    const values = Object.values(o);
    for (let i = 0; i < values.length; i++) this.value(values[i]);
  }

  // Objects of a list mostly come in runs of one shape: compared with the last one first.
  private shape(keys: string[]): number {
    const last = this.last;
    if (last !== null && sameKeys(last.keys, keys)) return last.id;
    const name = keys.join('\u0000');
    let id = this.shapeIds.get(name);
    if (id === undefined) {
      id = this.shapes.length;
      this.shapes.push(keys);
      this.shapeIds.set(name, id);
    }
    this.last = { keys: this.shapes[id]!, id };
    return id;
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Packs `values`, each to be decoded on its own. */
export function packData(...values: unknown[]): PackedData {
  const d = new DataWriter();
  const at = values.map((v) => {
    const from = d.w.position();
    d.value(v);
    return from;
  });
  return { at, shapes: d.shapes, rest: d.rest, streams: d.w.finish() };
}

/** The buffers to transfer with packed data. */
export function dataTransfers(p: PackedData): ArrayBuffer[] {
  return transferList(p.streams);
}

/** The `i`th value packed data stands for. */
export function unpackData(p: PackedData, i = 0): unknown {
  const r = new StreamReader(p.streams, p.at[i]!);
  const read = (): unknown => {
    switch (r.int()) {
      case NUMBER: return r.num();
      case STRING: return r.str();
      case NULL: return null;
      case UNDEFINED: return undefined;
      case TRUE: return true;
      case FALSE: return false;
      case ARRAY: {
        const xs = new Array<unknown>(r.int());
        for (let i = 0; i < xs.length; i++) xs[i] = read();
        return xs;
      }
      case OBJECT: {
        const keys = p.shapes[r.int()]!;
        const o: Record<string, unknown> = {};
        for (const k of keys) {
          // Assigning "__proto__" would set the prototype, not a key of that name.
          if (k === '__proto__') Object.defineProperty(o, k, { value: read(), enumerable: true, writable: true, configurable: true });
          else o[k] = read();
        }
        return o;
      }
      default: return p.rest[r.int()];
    }
  };
  return read();
}
