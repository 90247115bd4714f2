import { Resvg } from '@resvg/resvg-js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ICON_SIZES, ICON_SOURCE, MANIFEST_ICONS, pngSize, renderIcon, writeIcons } from '../../../tooling/icons';

/** RGBA of one pixel of the PNG, decoded by rendering the PNG back through resvg as an <image>. */
function pixel(png: Buffer, size: number, x: number, y: number): [number, number, number, number] {
  const wrapper = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><image width="${size}" height="${size}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const pixels = new Resvg(wrapper).render().pixels;
  const at = (y * size + x) * 4;
  return [pixels[at]!, pixels[at + 1]!, pixels[at + 2]!, pixels[at + 3]!];
}

describe('icons rendered from assets/icon.svg', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('covers every size the toolbar and the stores use, each declared for the manifest', () => {
    expect([...ICON_SIZES]).toEqual([16, 32, 48, 128]);
    expect(MANIFEST_ICONS).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
  });

  it.each(ICON_SIZES)('renders a %i px square PNG with the brand tile, the white pin and transparent corners', (size) => {
    const png = renderIcon(size);
    expect(pngSize(png)).toEqual({ width: size, height: size });
    const middle = Math.floor(size / 2);
    expect(pixel(png, size, 0, 0)[3]).toBeLessThan(64); // the rounded corner lets the toolbar show through
    const [r, g, b, a] = pixel(png, size, Math.round(size * 0.1), middle); // the tile's left edge: brand blue
    expect(a).toBeGreaterThan(200);
    expect(b).toBeGreaterThan(r + 100);
    expect(g).toBeLessThan(120);
    const pin = pixel(png, size, Math.round(size * 0.27), Math.round(size * 0.42)); // the pin's white rim
    expect(Math.min(pin[0], pin[1], pin[2])).toBeGreaterThan(200);
  });

  it('renders whatever the source says: another SVG gives other pixels', () => {
    const red = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#ff0000"/></svg>';
    const png = renderIcon(16, red);
    expect(pixel(png, 16, 8, 8)).toEqual([255, 0, 0, 255]);
    expect(png.equals(renderIcon(16))).toBe(false);
  });

  it('writes every size where the manifest points, byte for byte what the SVG renders to', () => {
    dir = mkdtempSync(join(tmpdir(), 'pm-icons-'));
    const files = writeIcons(dir);
    expect(files.map((f) => f.relativeDest)).toEqual(Object.values(MANIFEST_ICONS));
    for (const [i, size] of ICON_SIZES.entries()) expect(readFileSync(files[i]!.absoluteSrc).equals(renderIcon(size, readFileSync(ICON_SOURCE)))).toBe(true);
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => pngSize(Buffer.from('<svg/>'))).toThrow('not a PNG file');
  });
});
