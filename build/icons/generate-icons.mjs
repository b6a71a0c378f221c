#!/usr/bin/env node
// Draws Setu's icon — a white arch bridge on a teal tile (সেতু means bridge) — and writes it as
// icon.svg and as PNGs in the sizes electron-builder takes for Linux (build/icons/NxN.png), from
// which it also makes the Windows .ico and the macOS .icns. No image library: the shapes are
// rasterised here with 4×4 supersampling and written with zlib.
//
//   node build/icons/generate-icons.mjs
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const directory = path.dirname(fileURLToPath(import.meta.url));
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

// Unit square coordinates, y down.
const tile = { inset: 0.0625, radius: 0.18 };
const deck = { left: 0.15, right: 0.85, top: 0.6, bottom: 0.66 };
const arch = { centreX: 0.5, centreY: 0.63, radius: 0.3, width: 0.055 };
const hangers = [0.35, 0.5, 0.65].map((x) => ({ x, width: 0.028 }));
const piers = [0.2, 0.8].map((x) => ({ x, width: 0.05, bottom: 0.8 }));
const top = [20, 133, 120];
const bottom = [15, 94, 89];

function insideTile(x, y) {
  const low = tile.inset;
  const high = 1 - tile.inset;
  if (x < low || x > high || y < low || y > high) return false;
  const cornerX = Math.min(Math.max(x, low + tile.radius), high - tile.radius);
  const cornerY = Math.min(Math.max(y, low + tile.radius), high - tile.radius);
  return (x - cornerX) ** 2 + (y - cornerY) ** 2 <= tile.radius ** 2;
}

function insideBridge(x, y) {
  if (x >= deck.left && x <= deck.right && y >= deck.top && y <= deck.bottom) return true;
  const distance = Math.hypot(x - arch.centreX, y - arch.centreY);
  if (y <= arch.centreY && Math.abs(distance - arch.radius) <= arch.width / 2) return true;
  for (const hanger of hangers) {
    const archY =
      arch.centreY - Math.sqrt(Math.max(0, arch.radius ** 2 - (hanger.x - arch.centreX) ** 2));
    if (Math.abs(x - hanger.x) <= hanger.width / 2 && y >= archY && y <= deck.top) return true;
  }
  for (const pier of piers)
    if (Math.abs(x - pier.x) <= pier.width / 2 && y >= deck.bottom && y <= pier.bottom) return true;
  return false;
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      let coverage = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (column + (sx + 0.5) / samples) / size;
          const y = (row + (sy + 0.5) / samples) / size;
          if (!insideTile(x, y)) continue;
          coverage += 1;
          if (insideBridge(x, y)) white += 1;
        }
      }
      const offset = (row * size + column) * 4;
      if (coverage === 0) continue;
      const shade = row / size;
      const fraction = white / coverage;
      for (let channel = 0; channel < 3; channel += 1) {
        const background = top[channel] + (bottom[channel] - top[channel]) * shade;
        pixels[offset + channel] = Math.round(background + (255 - background) * fraction);
      }
      pixels[offset + 3] = Math.round((255 * coverage) / samples ** 2);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
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

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row += 1) {
    rows[row * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg() {
  const u = (value) => +(value * 1024).toFixed(1);
  const archLeft = arch.centreX - arch.radius;
  const archRight = arch.centreX + arch.radius;
  const hangerLines = hangers
    .map((hanger) => {
      const archY = arch.centreY - Math.sqrt(arch.radius ** 2 - (hanger.x - arch.centreX) ** 2);
      return `<rect x="${u(hanger.x - hanger.width / 2)}" y="${u(archY)}" width="${u(hanger.width)}" height="${u(deck.top - archY)}"/>`;
    })
    .join('');
  const pierRects = piers
    .map(
      (pier) =>
        `<rect x="${u(pier.x - pier.width / 2)}" y="${u(deck.bottom)}" width="${u(pier.width)}" height="${u(pier.bottom - deck.bottom)}"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">
<defs><linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="rgb(${top})"/><stop offset="1" stop-color="rgb(${bottom})"/></linearGradient></defs>
<rect x="${u(tile.inset)}" y="${u(tile.inset)}" width="${u(1 - 2 * tile.inset)}" height="${u(1 - 2 * tile.inset)}" rx="${u(tile.radius)}" fill="url(#sea)"/>
<g fill="#fff"><rect x="${u(deck.left)}" y="${u(deck.top)}" width="${u(deck.right - deck.left)}" height="${u(deck.bottom - deck.top)}"/>${hangerLines}${pierRects}</g>
<path d="M ${u(archLeft)} ${u(arch.centreY)} A ${u(arch.radius)} ${u(arch.radius)} 0 0 1 ${u(archRight)} ${u(arch.centreY)}" fill="none" stroke="#fff" stroke-width="${u(arch.width)}"/>
</svg>
`;
}

for (const size of sizes)
  writeFileSync(path.join(directory, `${size}x${size}.png`), png(size, render(size)));
writeFileSync(path.join(directory, 'icon.svg'), svg());
console.log(
  `Wrote icon.svg and ${sizes.map((size) => `${size}x${size}.png`).join(', ')} in ${directory}`,
);
