/**
 * Every icon the toolbar and the stores use is rendered from one SVG, assets/icon.svg, at
 * build time (wxt.config.ts), so no PNG in the repository can drift from the source.
 * resvg (a Rust renderer shipped as a prebuilt npm package per platform) needs no browser and
 * downloads nothing at install.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SOURCE = fileURLToPath(new URL('../assets/icon.svg', import.meta.url));

/** 16: toolbar and favicon; 32: toolbar on 2x screens; 48: the extensions page; 128: install dialog and the stores. */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Where each size lives inside the built extension, as the manifest names it. */
export const iconPath = (size: number): string => `icon/${size}.png`;

export const MANIFEST_ICONS: Record<string, string> = Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)]));

export function renderIcon(size: number, svg: Buffer | string = readFileSync(ICON_SOURCE)): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Renders every size into `dir`; returns the files as WXT's `build:publicAssets` hook takes them. */
export function writeIcons(dir: string): { absoluteSrc: string; relativeDest: string }[] {
  const svg = readFileSync(ICON_SOURCE);
  return ICON_SIZES.map((size) => {
    const relativeDest = iconPath(size);
    const absoluteSrc = join(dir, relativeDest);
    mkdirSync(join(absoluteSrc, '..'), { recursive: true });
    writeFileSync(absoluteSrc, renderIcon(size, svg));
    return { absoluteSrc, relativeDest };
  });
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
