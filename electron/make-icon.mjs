// Draws the application icon (electron/resources/icon.png, 1024×1024) without any image library:
// two linked rings, the "koppel" of works done together, on a rounded green square.
// electron-builder derives the Windows .ico and macOS .icns from this PNG.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const N = 1024;
const px = Buffer.alloc(N * N * 4);

function blend(x, y, [r, g, b], a) {
  const i = (y * N + x) * 4;
  const da = px[i + 3] / 255;
  const oa = a + da * (1 - a);
  if (oa === 0) return;
  px[i] = Math.round((r * a + px[i] * da * (1 - a)) / oa);
  px[i + 1] = Math.round((g * a + px[i + 1] * da * (1 - a)) / oa);
  px[i + 2] = Math.round((b * a + px[i + 2] * da * (1 - a)) / oa);
  px[i + 3] = Math.round(oa * 255);
}

// Coverage by 4×4 supersampling keeps the edges smooth.
function fill(inside, colour) {
  for (let y = 0; y < N; y++)
    for (let x = 0; x < N; x++) {
      let c = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) c++;
      if (c) blend(x, y, colour, c / 16);
    }
}

const roundedSquare = (m, r) => (x, y) => {
  const cx = Math.min(Math.max(x, m + r), N - m - r);
  const cy = Math.min(Math.max(y, m + r), N - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= N - m && y >= m && y <= N - m;
};
const ring = (cx, cy, r, w, from = 0, to = 2 * Math.PI) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  let a = Math.atan2(y - cy, x - cx);
  if (a < 0) a += 2 * Math.PI;
  return d >= r - w / 2 && d <= r + w / 2 && a >= from && a <= to;
};

fill(roundedSquare(64, 180), [22, 101, 52]);
const white = [255, 255, 255];
const sand = [250, 204, 21];
fill(ring(400, 512, 200, 72), white);
fill(ring(624, 512, 200, 72), sand);
// Redraw the left ring's lower crossing on top, so the rings interlock.
fill(ring(400, 512, 200, 72, Math.PI / 6, Math.PI / 2), white);

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}
function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c;
}
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) px.copy(raw, y * (N * 4 + 1) + 1, y * N * 4, (y + 1) * N * 4);
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8;
ihdr[9] = 6;
const png = Buffer.concat([
  Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(fileURLToPath(new URL('./resources/icon.png', import.meta.url)), png);
console.log(`icon.png ${png.length} bytes`);
