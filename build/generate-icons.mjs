// Renders build/icon.svg into the PNG, ICO and ICNS files electron-builder packs (build/), and the
// icons the running app shows (assets/icons: window and notifications), with the project's own
// Playwright and Debian's Chromium (no image tooling dependency). Run it after changing the SVG:
// `node build/generate-icons.mjs`. The output files are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(join(here, 'icon.svg'), 'utf8');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

async function render() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const pngs = new Map();
  try {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      pngs.set(size, await page.locator('svg').screenshot({ omitBackground: true }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return pngs;
}

/** ICO with PNG-compressed entries (Windows Vista and later). */
function ico(pngs, entrySizes) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entrySizes.length, 4);
  const directory = Buffer.alloc(16 * entrySizes.length);
  let offset = header.length + directory.length;
  const images = entrySizes.map((size, index) => {
    const png = pngs.get(size);
    const at = index * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, at);
    directory.writeUInt8(size >= 256 ? 0 : size, at + 1);
    directory.writeUInt8(0, at + 2);
    directory.writeUInt8(0, at + 3);
    directory.writeUInt16LE(1, at + 4);
    directory.writeUInt16LE(32, at + 6);
    directory.writeUInt32LE(png.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += png.length;
    return png;
  });
  return Buffer.concat([header, directory, ...images]);
}

/** ICNS with PNG elements; the 2x types are the retina variants of the smaller sizes. */
function icns(pngs) {
  const types = [
    ['icp4', 16],
    ['icp5', 32],
    ['icp6', 64],
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024],
    ['ic11', 32],
    ['ic12', 64],
    ['ic13', 256],
    ['ic14', 512],
  ];
  const chunks = types.map(([type, size]) => {
    const png = pngs.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const pngs = await render();
mkdirSync(join(here, 'icons'), { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(join(here, 'icons', `${size}x${size}.png`), pngs.get(size));
}
writeFileSync(join(here, 'icon.png'), pngs.get(1024));
writeFileSync(join(here, 'icon.ico'), ico(pngs, [16, 24, 32, 48, 64, 128, 256]));
writeFileSync(join(here, 'icon.icns'), icns(pngs));
const runtime = join(here, '..', 'assets', 'icons');
mkdirSync(runtime, { recursive: true });
writeFileSync(join(runtime, 'window.png'), pngs.get(256));
writeFileSync(join(runtime, 'notification.png'), pngs.get(128));
// eslint-disable-next-line no-console -- a build script reporting what it wrote
console.log(
  'build/: icon.png, icon.ico, icon.icns, icons/*.png; assets/icons: window, notification',
);
