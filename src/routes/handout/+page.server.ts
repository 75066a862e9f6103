import { SURFACE_SIZES } from '$lib/charts/sizes';
import { qrSvg } from '$lib/classroom/qr';
import { absoluteUrl } from '$lib/site';
import { citeTargets } from '$lib/content/cite-targets';
import { outline } from '$lib/content/outline';
import { getSource } from '$lib/content/sources';
import { charts, renderChartSvg } from '$lib/server/charts';
import type { PageServerLoad } from './$types';

/**
 * The handout: each chapter's key frames (each chart at its last step, where it shows the most),
 * with what the frame shows, its sources and a QR code to that step in the article; then the
 * citation. Frames are drawn at build time at the static frames' size (what the article prints), so
 * their labels are the ones the layout tests check, in the light palette (standalone SVG: ink on paper).
 */
const HANDOUT_FRAME = SURFACE_SIZES.frame;

export const load: PageServerLoad = () => {
  let n = 0;
  const chapters = outline
    .filter((c) => c.charts.length)
    .map((c) => ({
      slug: c.slug,
      label: c.number ? `${c.number}. ${c.title}` : c.title,
      figures: c.charts.map((ch) => {
        const step = ch.steps.at(-1)!;
        const url = absoluteUrl(`/#${step.key}`);
        const def = charts.get(ch.id)!;
        return {
          n: ++n,
          key: step.key,
          chart: ch.id,
          title: ch.title,
          caption: step.alt,
          sources: [...new Set(def.sources.map((id) => getSource(id).publisher))],
          url,
          svg: renderChartSvg(ch.id, step.id, { size: HANDOUT_FRAME, standalone: true, hidden: true }),
          qr: qrSvg(url, `QR code to this step in the article: ${url}`).svg
        };
      })
    }));
  const cite = citeTargets('en', absoluteUrl);
  return {
    chapters,
    articleUrl: absoluteUrl('/'),
    citation: cite.article.citations.find((c) => c.style === 'apa')!
  };
};
