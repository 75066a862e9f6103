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
  const machine = list.find((c) => c.slug === 'machine')!;
  const step = machine.blocks[0]!.steps[1]!; // azure-contract: cites the same source as the first step

  it('renders Markdown like the article does (curly quotes, dashes) with footnotes numbered as in the article', async () => {
    const html = await proseHtml(machine, step.markdown, (n) => `../#note-machine-${n}`);
    expect(html).toMatch(/^<p>/);
    expect(html).not.toMatch(/<Cite|\{|\}/);
    const numbers = [...html.matchAll(/<sup class="cite"><a href="\.\.\/#note-machine-(\d+)"/g)].map((m) =>
      Number(m[1])
    );
    const ids = [...step.markdown.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!);
    expect(numbers).toEqual(ids.map((id) => machine.cited.indexOf(id) + 1));
    expect(numbers[0]).toBe(1); // the chapter's first source, cited again: it keeps its number
    const quoted = await proseHtml(machine, 'It said "no" -- and then --- nothing. It\'s & done.', () => '#');
    expect(quoted).toBe('<p>It said “no” – and then — nothing. It’s &amp; done.</p>');
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
