/**
 * The glossary and its links from the prose: every <Term> names an entry, every entry is used in
 * the prose or listed as a key term in the teaching guide, the scanner reads <Term> with line
 * numbers and refuses what mdsvex would mangle.
 */
import { describe, expect, it } from 'vitest';
import { glossaryFor, glossarySource, termUses, validateGlossary } from '$lib/content/glossary';
import { scanTerms } from '$lib/content/markdown.js';
import { teachFor } from '$lib/content/teach';

const glossary = glossaryFor('en');
const ids = new Set(glossary.terms.map((t) => t.id));

describe('content/en/glossary.json', () => {
  it('defines at least 25 terms, including the ones the issue names', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(25);
    for (const id of [
      'form-13f',
      'put-option',
      'notional-value',
      'capex',
      'hyperscaler',
      'gross-margin',
      'cape',
      'chained-dollars',
      'contribution-to-growth',
      'venture-capital',
      'letter-of-intent',
      'export-control',
      'flops',
      'fp8'
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('keeps definitions short enough for a popover (at most 90 words)', () => {
    const long = glossary.terms.filter((t) => t.definition.split(/\s+/).length > 90).map((t) => t.id);
    expect(long).toEqual([]);
  });

  it('resolves every source a definition names', () => {
    for (const t of glossary.terms) for (const s of t.sources) expect(glossarySource(s).url).toMatch(/^https:\/\//);
  });

  it('every <Term> in the chapters links to an entry', () => {
    const unknown = termUses('en')
      .filter((u) => !ids.has(u.term))
      .map((u) => `${u.file}:${u.line}: <Term id="${u.term}"> has no entry in content/en/glossary.json`);
    expect(unknown).toEqual([]);
  });

  it('every entry is used in the prose or listed as a key term in the teaching guide', () => {
    const used = new Set(termUses('en').map((u) => u.term));
    const listed = new Set(teachFor('en').chapters.flatMap((c) => c.terms));
    const orphans = [...ids].filter((id) => !used.has(id) && !listed.has(id));
    expect(orphans).toEqual([]);
  });

  it('every key term the teaching guide lists is in the glossary', () => {
    const missing = teachFor('en').chapters.flatMap((c) =>
      c.terms.filter((id) => !ids.has(id)).map((id) => `${c.file}: term "${id}"`)
    );
    expect(missing).toEqual([]);
  });
});

describe('validateGlossary', () => {
  const ok = { id: 'capex', term: 'capex', definition: 'Money spent on things that last.' };
  const v = (terms: unknown[], references: unknown[] = []) =>
    validateGlossary('g.json', { references, terms }, (id) => id === 'known-source');

  it('accepts a minimal entry and names the file and entry of a bad one', () => {
    expect(v([ok]).terms[0]!.also).toEqual([]);
    expect(() => v([{ ...ok, definition: '' }])).toThrow('g.json: terms[0] ("capex"): missing "definition"');
    expect(() => v([ok, ok])).toThrow('terms[1] ("capex"): duplicate id');
    expect(() => v([{ ...ok, id: 'Capex' }])).toThrow('kebab-case');
    expect(() => v([{ ...ok, sources: ['nope'] }])).toThrow('unknown source "nope"');
    expect(() => v([{ ...ok, colour: 'red' }])).toThrow('unknown field "colour"');
    expect(() => v([{ ...ok, definition: 'A <b>bold</b> claim.' }])).toThrow('plain text');
  });

  it('resolves sources from the registry or the file’s references', () => {
    expect(v([{ ...ok, sources: ['known-source'] }]).terms[0]!.sources).toEqual(['known-source']);
    const ref = { id: 'a-glossary', publisher: 'P', title: 'T', url: 'https://example.org/g' };
    expect(v([{ ...ok, sources: ['a-glossary'] }], [ref]).terms[0]!.sources).toEqual(['a-glossary']);
    expect(() => v([ok], [{ ...ref, url: 'http://example.org' }])).toThrow('https');
  });
});

describe('scanTerms', () => {
  it('reads each <Term> with its id, words and line', () => {
    const text = 'One.\n\nThey raised <Term id="capex">capital spending</Term> and\n<Term id="gpu">GPUs</Term>.';
    expect(scanTerms(text, 'c.md')).toEqual({
      terms: [
        { id: 'capex', text: 'capital spending', line: 3 },
        { id: 'gpu', text: 'GPUs', line: 4 }
      ],
      problems: []
    });
  });

  it('refuses what would not render as a link to the glossary', () => {
    const problems = (t: string) => scanTerms(t, 'c.md').problems;
    expect(problems('<Term id="capex" />')).toEqual([
      'c.md:1: write <Term id="…">the words in the prose</Term>, not a self-closing tag'
    ]);
    expect(problems('<Term id="capex">capital\nspending</Term>')).toEqual([
      'c.md:1: <Term> must be closed with </Term> on the same line'
    ]);
    expect(problems('<Term>capex</Term>')).toEqual(['c.md:1: <Term> needs id="…" (a glossary entry)']);
    expect(problems('<Term id="capex"><Cite id="x" /></Term>')).toContain('c.md:1: <Term> holds plain words only');
    expect(problems('a\n<Term id="capex">capex</Term> b <Term id="capex">capex</Term>')).toEqual([
      'c.md:2: <Term id="capex"> again (link only the first use in a chapter, line 2)'
    ]);
    expect(problems('capex</Term>')).toEqual(['c.md:1: </Term> without <Term>']);
  });
});
