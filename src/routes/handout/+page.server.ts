import { SURFACE_SIZES } from '$lib/charts/sizes';
import { qrSvg } from '$lib/classroom/qr';
import { absoluteUrl, localeOfRoute, sitePaths } from '$lib/site';
import { strings } from '$lib/strings';
import { citeTargets } from '$lib/content/cite-targets';
import { outlineOf } from '$lib/content/outline';
import { getSource, publisherIn } from '$lib/content/sources';
import { charts, renderChartSvg } from '$lib/server/charts';
import type { PageServerLoad } from './$types';

/**
 * The handout: each chapter's key frames (each chart at its last step, where it shows the most),
 * with what the frame shows, its sources and a QR code to that step in the article; then the
 * citation. Frames are drawn at build time at the static frames' size (what the article prints), so
 * their labels are the ones the layout tests check, in the light palette (standalone SVG: ink on paper).
 */
const HANDOUT_FRAME = SURFACE_SIZES.frame;

// One load for both editions (src/routes/ja/handout/ re-exports it).
export const load: PageServerLoad = ({ route }) => {
  const locale = localeOfRoute(route.id);
  const t = strings[locale];
  let n = 0;
  const chapters = outlineOf[locale]
    .filter((c) => c.charts.length)
    .map((c) => ({
      slug: c.slug,
      label: t.chapterLabel(c.number, c.title),
      figures: c.charts.map((ch) => {
        const step = ch.steps.at(-1)!;
        const url = absoluteUrl(sitePaths.articleAt(locale, step.key));
        const def = charts.get(ch.id)!;
        return {
          n: ++n,
          key: step.key,
          chart: ch.id,
          title: ch.title,
          caption: step.alt,
          sources: [...new Set(def.sources.map((id) => publisherIn(locale, getSource(id).publisher)))],
          url,
          svg: renderChartSvg(ch.id, step.id, {
            size: HANDOUT_FRAME,
            standalone: true,
            hidden: true,
            locale
          }),
          qr: qrSvg(url, t.qrLabel(url)).svg
        };
      })
    }));
  const cite = citeTargets(locale, absoluteUrl);
  return {
    locale,
    chapters,
    articleUrl: absoluteUrl(sitePaths.article(locale)),
    // Cited as the edition's readers cite first: APA in English, the everyday form in Japanese.
    citation: cite.article.citations[0]!
  };
};
