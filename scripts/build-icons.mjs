// `node scripts/build-icons.mjs`: draws the toolbar/store icons (public/icon/{16,32,48,128}.png) from
// one SVG written here, rendered to PNG by Debian's Chromium through playwright-core. The PNGs are
// committed, so a build needs no browser; rerun this after changing the drawing.
// `--preview FILE` also writes the icons on a light and a dark toolbar, to look at.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const SIZES = [16, 32, 48, 128];

/**
 * A teal rounded square with a white check mark: reads on light toolbars (dark fill) and on dark
 * ones (the fill is mid-light and has a pale rim). From 32 px three bars, a data centre's racks,
 * stand behind the check.
 */
export function iconSvg(size) {
  const rim = size <= 16 ? 1 : size / 24;
  const r = size * 0.22;
  const check = size <= 16 ? 2.6 : size / 7.5;
  const bars = size >= 32
    ? [0.26, 0.44, 0.62].map((x, i) => {
        const h = [0.34, 0.5, 0.42][i] * size;
        return `<rect x="${x * size}" y="${size * 0.8 - h}" width="${size * 0.12}" height="${h}" rx="${size * 0.02}" fill="#99f6e4" opacity="0.45"/>`;
      }).join('')
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect x="${rim / 2}" y="${rim / 2}" width="${size - rim}" height="${size - rim}" rx="${r}" fill="#0f766e" stroke="#5eead4" stroke-width="${rim}"/>
  ${bars}
  <path d="M ${size * 0.25} ${size * 0.53} L ${size * 0.43} ${size * 0.71} L ${size * 0.76} ${size * 0.31}" fill="none" stroke="#ffffff" stroke-width="${check}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync('public/icon', { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${iconSvg(size)}`);
    await page.locator('svg').screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
  const i = process.argv.indexOf('--preview');
  if (i > 0) {
    const row = (bg) => `<div style="background:${bg};padding:12px;display:flex;gap:16px;align-items:center">${SIZES.map((s) => `<img src="data:image/svg+xml;base64,${Buffer.from(iconSvg(s)).toString('base64')}">`).join('')}</div>`;
    await page.setViewportSize({ width: 320, height: 340 });
    await page.setContent(`<body style="margin:0">${row('#f9f9fb')}${row('#2b2a33')}${row('#202124')}</body>`);
    await page.screenshot({ path: process.argv[i + 1] });
  }
  await browser.close();
}

await main();
