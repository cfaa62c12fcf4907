// A 106-bit fingerprint of plain data (numbers, strings, booleans, null, arrays, objects): two
// independently seeded cyrb53 hashes over its structure, each number by its 64 bits (so 0 and −0,
// or two numbers that print alike, differ). Not a cryptographic hash: it tells apart the inputs a
// computation meets (an accidental clash among a few hundred entries has odds of about 2⁻⁹⁰), and
// it reads a city's works in milliseconds where their JSON text takes most of a second.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export class Fingerprint {
  private a1 = 0xdeadbeef ^ 0x9e3779b9;
  private a2 = 0x41c6ce57 ^ 0x9e3779b9;
  private b1 = 0xdeadbeef ^ 0x85ebca6b;
  private b2 = 0x41c6ce57 ^ 0x85ebca6b;

  private word(w: number): void {
    this.a1 = Math.imul(this.a1 ^ w, 2654435761);
    this.a2 = Math.imul(this.a2 ^ w, 1597334677);
    this.b1 = Math.imul(this.b1 ^ w, 2246822519);
    this.b2 = Math.imul(this.b2 ^ w, 3266489917);
  }

  private text(s: string): void {
    this.word(s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
  }

  /** Adds 32-bit words (the bits of typed arrays). */
  addWords(ws: Uint32Array): this {
    this.word(ws.length);
    for (let i = 0; i < ws.length; i++) this.word(ws[i] as number);
    return this;
  }

  /** Adds a value; object keys in their own order (objects made by one function agree on it). */
  add(v: unknown): this {
    switch (typeof v) {
      case 'number':
        f64[0] = v;
        this.word(1);
        this.word(u32[0] as number);
        this.word(u32[1] as number);
        return this;
      case 'string':
        this.word(2);
        this.text(v);
        return this;
      case 'boolean':
        this.word(v ? 3 : 4);
        return this;
      case 'undefined':
        this.word(5);
        return this;
      case 'object':
        if (v === null) this.word(6);
        else if (Array.isArray(v)) {
          this.word(7);
          this.word(v.length);
          for (const x of v) this.add(x);
        } else {
          this.word(8);
          const o = v as Record<string, unknown>;
          for (const k in o) {
            this.text(k);
            this.add(o[k]);
          }
          this.word(9);
        }
        return this;
      default:
        throw new Error(`fingerprint: cannot read a ${typeof v}`);
    }
  }

  /** The fingerprint as text (two 53-bit halves). */
  digest(): string {
    return `${mix(this.a1, this.a2).toString(36)}.${mix(this.b1, this.b2).toString(36)}`;
  }
}

/** cyrb53's final avalanche of its two lanes into 53 bits. */
function mix(h1: number, h2: number): number {
  let x = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  x ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  let y = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  y ^= Math.imul(x ^ (x >>> 13), 3266489909);
  return 4294967296 * (2097151 & y) + (x >>> 0);
}
