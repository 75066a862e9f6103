import { describe, expect, it } from 'vitest';
import { chapters } from '$lib/content/chapters';
import { charts, stepIds } from '$lib/server/charts';
import {
  allSteps,
  articleCardStep,
  chapterCardStep,
  plainText,
  proseHtml,
  shareChapters,
  sourceLineText,
  stepGist
} from '$lib/server/share';

const list = shareChapters('en');

describe('what can be shared', () => {
  it('reads the same chapters, in the same order and with the same frontmatter, as the article', () => {
    expect(list.map((c) => [c.slug, c.title, c.summary, c.number])).toEqual(
      chapters.map((c) => [c.meta.slug, c.meta.title, c.meta.summary, c.meta.number])
    );
  });

  it('has every step of every chart told in the chapters, with alt text and prose', () => {
    const told = allSteps('en');
    const expected = list
      .flatMap((c) => c.blocks)
      .reduce((n, b) => n + stepIds(charts.get(b.chart)!).length, 0);
    expect(told.length).toBe(expected);
    for (const r of told) {
      expect(r.step.alt.length, r.step.id).toBeGreaterThan(20);
      expect(r.step.markdown.length, r.step.id).toBeGreaterThan(20);
      expect(r.step.markdown).not.toMatch(/<\/?Step\b/);
    }
  });

  it('names the article card step and a card step for every chapter with a chart', () => {
    expect(articleCardStep('en').step.id).toBeTruthy();
    for (const c of list) expect(Boolean(chapterCardStep(c))).toBe(c.blocks.length > 0);
  });
});

describe('step prose', () => {
  const citesOf = (markdown: string) => [...markdown.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!);

  it('renders Markdown like the article does (curly quotes, dashes)', async () => {
    const machine = list.find((c) => c.slug === 'machine')!;
    const quoted = await proseHtml(machine, 'It said "no" -- and then --- nothing. It\'s & done.', () => '#');
    expect(quoted).toBe('<p>It said “no” – and then — nothing. It’s &amp; done.</p>');
  });

  it('numbers footnotes as the article does: in order of first citation, a repeated source keeps its number', async () => {
    let repeats = 0;
    for (const chapter of list) {
      const seen = new Map<string, number>();
      for (const step of chapter.blocks.flatMap((b) => b.steps)) {
        const html = await proseHtml(chapter, step.markdown, (n) => `../#note-${chapter.slug}-${n}`);
        expect(html).toMatch(/^<p>/);
        expect(html).not.toMatch(/<Cite|\{|\}/);
        const numbers = [...html.matchAll(/<sup class="cite"><a href="\.\.\/#note-[a-z0-9-]+-(\d+)"/g)].map(
          (m) => Number(m[1])
        );
        const ids = citesOf(step.markdown);
        expect(numbers).toEqual(ids.map((id) => chapter.cited.indexOf(id) + 1));
        ids.forEach((id, k) => {
          if (seen.has(id)) {
            repeats++;
            expect(numbers[k]).toBe(seen.get(id));
          } else seen.set(id, numbers[k]!);
        });
      }
    }
    expect(repeats).toBeGreaterThan(0); // the case is exercised
  });

  it('gives each step a short gist for its title', async () => {
    for (const r of allSteps('en')) {
      const text = plainText(await proseHtml(r.chapter, r.step.markdown, () => '#'));
      const gist = stepGist(text);
      expect(gist.length, r.step.id).toBeLessThanOrEqual(90);
      expect(gist.length, r.step.id).toBeGreaterThan(5);
      expect(gist).not.toMatch(/[<>]|\b[A-Z]\.$/);
    }
  });
});

describe('source lines', () => {
  it('name as many publishers as fit and count the rest', () => {
    const all = sourceLineText('the-loop');
    expect(all).toMatch(/^Sources: /);
    const short = sourceLineText('the-loop', (line) => line.length <= 60);
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short).toMatch(/ and \d+ more$/);
    expect(sourceLineText('nvidia-datacenter-revenue')).toMatch(/^Sources?: NVIDIA/);
  });
});
