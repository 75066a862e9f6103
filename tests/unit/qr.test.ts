/**
 * The handout's QR codes: drawn from uqr's matrix into our own SVG, then read back with jsQR
 * (a decoder written independently of the encoder) from a bitmap of that SVG's path, so a
 * mistake in our drawing (an off-by-one in the runs, a lost quiet zone) cannot pass.
 */
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '$lib/classroom/qr';

/** Rasterise our SVG's path (only M x y h w v1 h-w z runs) at `scale` px per module. */
function raster(svg: string, scale = 4): { data: Uint8ClampedArray; width: number; height: number } {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = /<path d="([^"]+)"/.exec(svg)![1]!;
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x0, y0, run] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let y = y0 * scale; y < (y0 + 1) * scale; y++)
      for (let x = x0 * scale; x < (x0 + run) * scale; x++)
        data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
  }
  return { data, width, height: width };
}

describe('qrSvg', () => {
  it.each([
    'http://localhost:4173/#bet/the-bet/portfolio',
    'https://example.org/ai-boom/#machine/nvidia-datacenter-revenue/thirteen-fold',
    'https://example.org/ai-boom/#change/where-a-very-long-chart-id-goes/and-a-long-step-id-too'
  ])('draws a code that reads back as %s', (url) => {
    const { svg, modules } = qrSvg(url, `QR code: ${url}`);
    expect(svg).toMatch(/^<svg class="qr" [^>]*role="img" aria-label="QR code: /);
    expect(modules).toBeGreaterThanOrEqual(21);
    const img = raster(svg);
    expect(jsQR(img.data, img.width, img.height)?.data).toBe(url);
  });

  it('keeps a quiet zone of four modules on every side', () => {
    const { svg, modules } = qrSvg('https://example.org/', 'QR');
    const xs = [...svg.matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...xs.map(([x]) => x!))).toBe(4);
    expect(Math.min(...xs.map(([, y]) => y!))).toBe(4);
    expect(Math.max(...xs.map(([, y]) => y!))).toBe(modules + 3);
  });
});
