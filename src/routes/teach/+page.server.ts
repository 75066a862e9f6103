import { checksOf, type CheckEntry } from '$lib/content/checks';
import { byTerm, getTerm } from '$lib/content/glossary';
import { outlineOf } from '$lib/content/outline';
import { localeOfRoute } from '$lib/site';
import { getSource, publisherIn } from '$lib/content/sources';
import { fillAnswer, teachFor, type ClaimExercise } from '$lib/content/teach';
import type { PageServerLoad } from './$types';

/**
 * What the source really says: for a claim the article checks in a <Check>, that aside's finding
 * (so the guide and the article cannot disagree); otherwise the guide's own.
 */
function claimAnswer(check: ClaimExercise, checks: CheckEntry[], file: string) {
  if (check.finding) return { finding: check.finding, inChapter: null };
  const found = checks.find((x) => x.claim === check.claim);
  if (!found)
    throw new Error(`${file}: check.claim matches no <Check claim> in the chapters: "${check.claim}"`);
  return { finding: found.finding, inChapter: found.chapter };
}

// One load for both editions (src/routes/ja/teach/ re-exports it): the guide is written for
// each edition's teachers (content/<locale>/teach/), not translated line by line.
export const load: PageServerLoad = ({ route }) => {
  const locale = localeOfRoute(route.id);
  const outline = outlineOf[locale];
  const { guide, chapters } = teachFor(locale);
  const checks = checksOf(locale);
  return {
    locale,
    guide,
    chapters: chapters.map((c) => {
      const ch = outline.find((o) => o.slug === c.chapter);
      if (!ch) throw new Error(`${c.file}: no chapter "${c.chapter}" in content/${locale}/chapters/`);
      const chart =
        ch.charts.find((x) => x.id === c.activity.chart) ??
        outline.flatMap((o) => o.charts).find((x) => x.id === c.activity.chart);
      if (!chart) throw new Error(`${c.file}: no chapter tells chart "${c.activity.chart}"`);
      return {
        ...c,
        title: ch.title,
        number: ch.number ?? null,
        terms: c.terms
          .map((id) => getTerm(id, locale))
          .sort(byTerm)
          .map((t) => ({ id: t.id, term: t.term })),
        activity: {
          ...c.activity,
          chartTitle: chart.title,
          firstStep: chart.steps[0]?.key ?? null,
          answerText: fillAnswer(c.activity)
        },
        check: {
          ...c.check,
          ...claimAnswer(c.check, checks, c.file),
          sources: (c.check.sources ?? checks.find((x) => x.claim === c.check.claim)!.sources).map((id) => {
            const s = getSource(id);
            return { id, publisher: publisherIn(locale, s.publisher), title: s.title, url: s.url };
          })
        }
      };
    })
  };
};
