// Draws the extension icon (a lens ring with a warning dot) at every size the browsers and stores ask for, as PNG.
// Run with `tsx scripts/make-icons.ts`; output is committed under public/icons/ (packaged: 16–128 for Chrome, Edge
// and Firefox toolbars, menus and add-on pages) and store/ (listing images uploaded by hand: the 300×300 Edge
// Add-ons logo and the 440×280 / 1400×560 promotional tiles of the Chrome Web Store and Edge Add-ons).
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const SIZES = [16, 32, 48, 64, 96, 128];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(x: number, y: number, n: number): [number, number, number, number] {
  const s = n / 128;
  const cx = 54 * s,
    cy = 54 * s;
  const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
  // Handle of the lens, a thick diagonal bar towards the bottom right.
  const u = (x + 0.5 - cx + (y + 0.5 - cy)) / Math.SQRT2;
  const v = (x + 0.5 - cx - (y + 0.5 - cy)) / Math.SQRT2;
  if (u > 44 * s && u < 84 * s && Math.abs(v) < 9 * s) return [31, 41, 55, 255];
  if (d > 34 * s && d < 46 * s) return [31, 41, 55, 255];
  if (d <= 34 * s) {
    if (d < 14 * s) return [220, 38, 38, 255];
    return [254, 243, 199, 255];
  }
  return [0, 0, 0, 0];
}

type Rgba = [number, number, number, number];

// One output pixel: 4x supersampling of `at` for smooth edges.
function sample(x: number, y: number, at: (x: number, y: number) => Rgba): Rgba {
  const acc = [0, 0, 0, 0];
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) {
      const p = at((x * 4 + sx) / 4, (y * 4 + sy) / 4);
      for (let i = 0; i < 4; i++) acc[i]! += p[i]! * (i < 3 ? p[3] / 255 : 1);
    }
  const a = acc[3]! / 16;
  const rgb = [0, 1, 2].map((i) => (a > 0 ? Math.round(acc[i]! / 16 / (a / 255)) : 0));
  return [rgb[0]!, rgb[1]!, rgb[2]!, Math.round(a)];
}

function png(n: number): Buffer {
  return image(n, n, (x, y) => pixel(x, y, n));
}

// A store tile: the icon, 70 % of the tile's height, centred on a light background.
function tile(w: number, h: number): Buffer {
  const n = Math.round(h * 0.7);
  const left = (w - n) / 2;
  const top = (h - n) / 2;
  const background: Rgba = [241, 245, 249, 255];
  return image(w, h, (x, y) => {
    const p = x >= left && x < left + n && y >= top && y < top + n ? pixel(x - left, y - top, n) : background;
    return p[3] === 255 ? p : background;
  });
}

function image(w: number, h: number, at: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 4 + 1)] = 0;
    for (let x = 0; x < w; x++) raw.set(sample(x, y, at), y * (w * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const n of SIZES) writeFileSync(`public/icons/icon-${n}.png`, png(n));
console.log(`wrote ${SIZES.length} icons to public/icons/`);
mkdirSync('store', { recursive: true });
writeFileSync('store/icon-300.png', png(300));
writeFileSync('store/tile-440x280.png', tile(440, 280));
writeFileSync('store/tile-1400x560.png', tile(1400, 560));
console.log('wrote store/icon-300.png, store/tile-440x280.png, store/tile-1400x560.png');
