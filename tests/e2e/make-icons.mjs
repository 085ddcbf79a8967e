// Draws the extension icon as SVG and rasterises it with headless Chromium into public/icon/<size>.png.
// Run once after changing the design: node tests/e2e/make-icons.mjs
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'public/icon');
const SIZES = [16, 32, 48, 96, 128];

// 128-unit canvas: a deep teal rounded square with a white photo frame (mountain and sun) and a check
// mark in a white badge at the bottom right. At 16 px that detail turns to mush, so the smallest icon
// keeps only a thick frame with the check mark inside it.
const BACKGROUND = `
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#0f7c7a"/>
      <stop offset="1" stop-color="#0a5a5c"/>
    </linearGradient>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="26" fill="url(#bg)"/>`;

const DETAILED = `
  <rect x="22" y="30" width="74" height="60" rx="8" fill="none" stroke="#fff" stroke-width="8"/>
  <path d="M30 82 L50 58 L62 71 L71 62 L88 82 Z" fill="#fff"/>
  <circle cx="76" cy="46" r="7" fill="#fff"/>
  <circle cx="92" cy="90" r="24" fill="#fff" stroke="#0a5a5c" stroke-width="5"/>
  <path d="M80 90 L89 99 L105 81" fill="none" stroke="#0f7c7a" stroke-width="8"
        stroke-linecap="round" stroke-linejoin="round"/>`;

const SIMPLE = `
  <rect x="20" y="26" width="88" height="76" rx="10" fill="none" stroke="#fff" stroke-width="14"/>
  <path d="M42 64 L58 80 L87 47" fill="none" stroke="#fff" stroke-width="15"
        stroke-linecap="round" stroke-linejoin="round"/>`;

const svg = (size) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  ${BACKGROUND}${size <= 16 ? SIMPLE : DETAILED}
</svg>`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox'],
});
try {
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg(size)}`);
    await page.locator('svg').screenshot({ path: join(outDir, `${size}.png`), omitBackground: true });
    await page.close();
  }
  console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to ${outDir}`);
} finally {
  await browser.close();
}
