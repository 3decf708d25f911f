// Draws the Samenhang icon (three linked goals on a dark teal tile) and writes build/icon.png (512×512),
// build/icon-256.png and build/icon.ico (16–256 px, PNG-compressed entries). Plain Node and zlib, no downloads:
// `node scripts/makeIcons.mjs`. The outputs are committed; run this again only to change the design.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'build');

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const tile = hex('#0f4c5c');
const link = hex('#e8f1f2');
const nodes = [
  { x: 0.5, y: 0.3, r: 0.105, color: hex('#f2b134') },
  { x: 0.29, y: 0.67, r: 0.105, color: hex('#ffffff') },
  { x: 0.71, y: 0.67, r: 0.105, color: hex('#7fd1c7') },
];
const edges = [
  [0, 1],
  [0, 2],
  [1, 2],
];

// Signed distances in unit square coordinates; negative is inside.
function roundedRect(px, py, inset, radius) {
  const qx = Math.abs(px - 0.5) - (0.5 - inset - radius);
  const qy = Math.abs(py - 0.5) - (0.5 - inset - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}
function segment(px, py, a, b, halfWidth) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - a.x - t * dx, py - a.y - t * dy) - halfWidth;
}

/** The colour of one point, painted back to front. */
function sample(px, py) {
  if (roundedRect(px, py, 0.03, 0.2) > 0) return [0, 0, 0, 0];
  let rgb = tile;
  for (const [i, j] of edges) if (segment(px, py, nodes[i], nodes[j], 0.024) < 0) rgb = link;
  for (const n of nodes) {
    const d = Math.hypot(px - n.x, py - n.y);
    if (d < n.r + 0.022) rgb = tile; // a ring of tile colour separates a node from its links
    if (d < n.r) rgb = n.color;
  }
  return [...rgb, 255];
}

/** Supersampled (4×4 per pixel) RGBA raster, premultiplied while averaging so edges do not darken. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const [cr, cg, cb, ca] = sample((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const o = (y * size + x) * 4;
      pixels[o] = a ? Math.round(r / a) : 0;
      pixels[o + 1] = a ? Math.round(g / a) : 0;
      pixels[o + 2] = a ? Math.round(b / a) : 0;
      pixels[o + 3] = Math.round(a / (n * n));
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico whose entries are PNGs (Windows Vista and later, and what NSIS and electron-builder accept). */
export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const png = (size) => encodePng(size, render(size));

await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, 'icon.png'), png(512));
await writeFile(path.join(outDir, 'icon-256.png'), png(256));
await writeFile(
  path.join(outDir, 'icon.ico'),
  encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: png(size) }))),
);
console.log('wrote build/icon.png, build/icon-256.png, build/icon.ico');
