// SHA-256 through @noble/hashes: audited, maintained, synchronous and streaming, and it runs in
// browsers, workers and Node alike (node:crypto does not, and WebCrypto is async). Streaming lets a
// city scenario's canonical JSON (~19 MB) be hashed piece by piece without one giant string.
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
