import { byTerm, getTerm } from '$lib/content/glossary';
import { outline } from '$lib/content/outline';
import { getSource } from '$lib/content/sources';
import { fillAnswer, teachFor } from '$lib/content/teach';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const { guide, chapters } = teachFor('en');
  return {
    guide,
    chapters: chapters.map((c) => {
      const ch = outline.find((o) => o.slug === c.chapter);
      if (!ch) throw new Error(`${c.file}: no chapter "${c.chapter}" in content/en/chapters/`);
      const chart =
        ch.charts.find((x) => x.id === c.activity.chart) ??
        outline.flatMap((o) => o.charts).find((x) => x.id === c.activity.chart);
      if (!chart) throw new Error(`${c.file}: no chapter tells chart "${c.activity.chart}"`);
      return {
        ...c,
        title: ch.title,
        number: ch.number ?? null,
        terms: c.terms
          .map((id) => getTerm(id))
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
          sources: (c.check.sources ?? []).map((id) => {
            const s = getSource(id);
            return { id, publisher: s.publisher, title: s.title, url: s.url };
          })
        }
      };
    })
  };
};
