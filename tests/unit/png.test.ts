import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { crc32, pngChunks, pngSize, pngText, withText } from '$lib/server/png';

const png = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="red"/></svg>',
  {
    font: { loadSystemFonts: false }
  }
)
  .render()
  .asPng();

describe('PNG helpers', () => {
  it('compute the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('read the size from IHDR', () => {
    expect(pngSize(png)).toEqual({ width: 30, height: 20 });
  });

  it('add tEXt chunks after IHDR that read back, keeping the image valid', () => {
    const out = withText(png, { 'ai-boom:svg-sha256': 'abc123', Other: 'x y' });
    expect(pngText(out)).toEqual({ 'ai-boom:svg-sha256': 'abc123', Other: 'x y' });
    expect(
      pngChunks(out)
        .map((c) => c.type)
        .slice(0, 3)
    ).toEqual(['IHDR', 'tEXt', 'tEXt']);
    expect(pngSize(out)).toEqual({ width: 30, height: 20 });
    // resvg (a real decoder) still reads it: embed it as an image and draw it.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><image width="30" height="20" href="data:image/png;base64,${out.toString('base64')}"/></svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    expect([...pixels.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
  });

  it('refuse a corrupted file', () => {
    const bad = Buffer.from(png);
    bad[20] = bad[20]! ^ 0xff; // inside IHDR: its CRC no longer matches
    expect(() => pngChunks(bad)).toThrow(/bad CRC in PNG chunk IHDR/);
    expect(() => pngChunks(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
    expect(() => withText(png, { 'bad\u00e9key': 'x' })).toThrow(/keyword/);
  });
});
