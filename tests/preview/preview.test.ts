/**
 * Not a test: renders charts to PNG so you can look at them without building the site.
 *   PREVIEW=nvidia-datacenter-revenue npm run charts:preview     (PREVIEW=all for every chart)
 *   PREVIEW_SIZES=phoneSmall,phone to render only those surfaces (default: every one in sizes.ts)
 * PNGs go to /tmp/preview/<chart>/<step>@<surface>.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { test } from 'vitest';
import { charts, renderChartSvg, stepIds } from '$lib/server/charts';
import { SURFACE_SIZES } from '$lib/charts/sizes';

const which = process.env.PREVIEW ?? 'all';
const only = process.env.PREVIEW_SIZES?.split(',');
const surfaces = Object.entries(SURFACE_SIZES).filter(([name]) => !only || only.includes(name));

// Every chart at every surface is a few hundred PNGs: more than the default ten seconds.
test('preview', { timeout: 300_000 }, () => {
  for (const [id, chart] of charts) {
    if (which !== 'all' && which !== id) continue;
    const dir = `/tmp/preview/${id}`;
    mkdirSync(dir, { recursive: true });
    for (const step of [null, ...stepIds(chart)]) {
      for (const [name, size] of surfaces) {
        // A file of its own, as downloads are (resvg needs the xmlns and colours as attributes).
        const svg = renderChartSvg(id, step, { size, standalone: true });
        const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
          .render()
          .asPng();
        writeFileSync(`${dir}/${step ?? 'opening'}@${name}.png`, png);
      }
    }
    console.log(`wrote ${dir}`);
  }
});
