// SHA-256 through @noble/hashes: audited, maintained, synchronous and streaming, and it runs in
// browsers, workers and Node alike (node:crypto does not, and WebCrypto is async). Streaming lets a
// city scenario's canonical JSON (~19 MB) be hashed piece by piece without one giant string.
// Asynchronous callers hash with WebCrypto where it exists (sha256HexAsync): native, several times
// faster, and off the calling thread.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

/** Incremental SHA-256: update() with bytes or text (UTF-8) as often as needed, then digest(). */
export class Sha256 {
  private readonly state = nobleSha256.create();

  update(data: Uint8Array | string): this {
    this.state.update(typeof data === 'string' ? encoder.encode(data) : data);
    return this;
  }

  digest(): Uint8Array {
    return this.state.digest();
  }

  hex(): string {
    return bytesToHex(this.digest());
  }
}

export function sha256(data: Uint8Array): Uint8Array {
  return nobleSha256(data);
}

export function sha256Hex(data: Uint8Array | string): string {
  return new Sha256().update(data).hex();
}

/** SHA-256 of `data` in hex, by WebCrypto where there is one (browsers' secure contexts, workers,
 *  Node), else by noble: the same hex either way. */
export async function sha256HexAsync(data: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', data)));
    } catch {
      // A context whose WebCrypto refuses (or lacks) SHA-256: hash here instead.
    }
  }
  return sha256Hex(data);
}
