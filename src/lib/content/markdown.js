// @ts-check
/**
 * Reads the article components out of a chapter's Markdown, with line numbers, and finds the
 * mistakes mdsvex would swallow silently. Plain JavaScript so that svelte.config.js (the build)
 * and the content tests share it.
 *
 * @typedef {{ id: string | undefined, alt: string | undefined, line: number }} StepTag
 * @typedef {{ chart: string | undefined, title: string | undefined, line: number, steps: StepTag[] }} ScrollyTag
 * @typedef {{ id: string | undefined, line: number }} CiteTag
 * @typedef {{
 *   claim: string | undefined,
 *   sources: string[],
 *   line: number,
 *   body: string,
 *   cites: CiteTag[]
 * }} CheckTag
 *   A `<Check claim="…" source="id …">what the record shows</Check>` aside: the popular claim,
 *   the source ids it names (space-separated), its Markdown body and the cites inside it.
 * @typedef {{ id: string | undefined, text: string, line: number }} TermTag
 *   A `<Term id="capex">capital spending</Term>` in the prose: a first use of a glossary term.
 * @typedef {{ scrollies: ScrollyTag[], cites: CiteTag[], checks: CheckTag[], terms: TermTag[], problems: string[] }} ChapterScan
 */

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** @param {string} source @returns {Record<string, string | undefined>} */
function attributes(source) {
  /** @type {Record<string, string | undefined>} */
  const out = {};
  for (const m of source.matchAll(/([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1] ?? ''] = m[2] ?? m[3] ?? '';
  }
  return out;
}

/**
 * @param {string} text the Markdown file
 * @param {string} file its path, for messages
 * @returns {ChapterScan}
 */
export function scanChapter(text, file) {
  /** @type {string[]} */
  const problems = [];
  /** @type {ScrollyTag[]} */
  const scrollies = [];
  /** @type {CiteTag[]} */
  const cites = [];
  /** @type {CheckTag[]} */
  const checks = [];
  /** @type {CheckTag | null} */
  let openCheck = null;
  let checkBodyStart = 0;
  const lineAt = (/** @type {number} */ index) => text.slice(0, index).split('\n').length;
  /** @type {ScrollyTag | null} */
  let open = null;
  /** @type {StepTag | null} */
  let openStep = null;
  const stepIds = new Set();

  for (const m of text.matchAll(/<(\/?)(Scrolly|Step|Cite|Check)\b([^>]*?)(\/?)>/g)) {
    const [tag, closing, name, attrText, selfClosing] = m;
    const line = lineAt(m.index ?? 0);
    const at = `${file}:${line}`;
    const attrs = attributes(attrText ?? '');
    if (name === 'Cite') {
      if (closing) continue;
      if (!selfClosing) problems.push(`${at}: write <Cite id="…" /> (self-closing)`);
      if (!attrs.id) problems.push(`${at}: <Cite> needs an id`);
      const cite = { id: attrs.id, line };
      cites.push(cite);
      openCheck?.cites.push(cite);
    } else if (name === 'Check') {
      if (closing) {
        if (!openCheck) {
          problems.push(`${at}: </Check> without <Check>`);
          continue;
        }
        const before = text.slice(0, m.index).replace(/[ \t]+$/, '');
        if (!before.endsWith('\n\n')) problems.push(`${at}: leave a blank line before </Check>`);
        openCheck.body = text.slice(checkBodyStart, m.index).trim();
        if (!openCheck.body) problems.push(`${file}:${openCheck.line}: <Check> needs a body: what the record shows`);
        if (!openCheck.cites.length) problems.push(`${file}:${openCheck.line}: <Check> needs a <Cite> in its body`);
        openCheck = null;
        continue;
      }
      if (openCheck) problems.push(`${at}: <Check> inside <Check>`);
      if (selfClosing) problems.push(`${at}: <Check> needs a body (what the record shows), not a self-closing tag`);
      if (!attrs.claim || !attrs.claim.trim()) problems.push(`${at}: <Check> needs claim="…" (the popular claim it checks)`);
      const ids = (attrs.source ?? '').split(/[\s,]+/).filter(Boolean);
      if (!ids.length) problems.push(`${at}: <Check> needs source="…" (the id of the source that settles it)`);
      for (const id of ids) if (!ID.test(id)) problems.push(`${at}: source id "${id}" must be kebab-case`);
      const after = text.slice((m.index ?? 0) + tag.length);
      if (!selfClosing && !/^[ \t]*\r?\n[ \t]*\r?\n/.test(after)) {
        problems.push(`${at}: leave a blank line after <Check …> (mdsvex ignores Markdown otherwise)`);
      }
      /** @type {CheckTag} */
      const check = { claim: attrs.claim, sources: ids, line, body: '', cites: [] };
      checks.push(check);
      if (!selfClosing) {
        openCheck = check;
        checkBodyStart = (m.index ?? 0) + tag.length;
      }
    } else if (name === 'Scrolly') {
      if (closing) {
        if (!open) problems.push(`${at}: </Scrolly> without <Scrolly>`);
        if (openStep) problems.push(`${at}: <Step id="${openStep.id}"> is not closed`);
        open = null;
        continue;
      }
      if (open) problems.push(`${at}: <Scrolly> inside <Scrolly>`);
      if (!attrs.chart) problems.push(`${at}: <Scrolly> needs chart="…"`);
      else if (!ID.test(attrs.chart)) problems.push(`${at}: chart id "${attrs.chart}" must be kebab-case`);
      if (!attrs.title) problems.push(`${at}: <Scrolly> needs title="…"`);
      open = { chart: attrs.chart, title: attrs.title, line, steps: [] };
      scrollies.push(open);
    } else {
      if (closing) {
        if (openStep) {
          // Markdown inside a component needs a blank line before the closing tag.
          const before = text.slice(0, m.index).replace(/[ \t]+$/, '');
          if (!before.endsWith('\n\n')) problems.push(`${at}: leave a blank line before </Step>`);
        }
        openStep = null;
        continue;
      }
      if (!open) {
        problems.push(`${at}: <Step> outside <Scrolly>`);
        continue;
      }
      if (openStep) problems.push(`${at}: <Step> inside <Step id="${openStep.id}">`);
      const after = text.slice((m.index ?? 0) + tag.length);
      if (!selfClosing && !/^[ \t]*\r?\n[ \t]*\r?\n/.test(after)) {
        problems.push(`${at}: leave a blank line after <Step …> (mdsvex ignores Markdown otherwise)`);
      }
      if (!attrs.id) problems.push(`${at}: <Step> needs id="…"`);
      else if (!ID.test(attrs.id)) problems.push(`${at}: step id "${attrs.id}" must be kebab-case`);
      else if (stepIds.has(`${open.chart}/${attrs.id}`)) problems.push(`${at}: duplicate step id "${attrs.id}"`);
      stepIds.add(`${open.chart}/${attrs.id}`);
      if (!attrs.alt || !attrs.alt.trim()) problems.push(`${at}: <Step id="${attrs.id ?? ''}"> needs alt="…" (what the chart shows)`);
      const step = { id: attrs.id, alt: attrs.alt, line };
      open.steps.push(step);
      openStep = selfClosing ? null : step;
    }
  }
  if (open) problems.push(`${file}:${open.line}: <Scrolly> is not closed`);
  if (openCheck) problems.push(`${file}:${openCheck.line}: <Check> is not closed`);

  // Indented lines inside a Step become code blocks in mdsvex, not prose.
  const lines = text.split('\n');
  let depth = 0;
  lines.forEach((l, i) => {
    if (/<(Step|Check)\b/.test(l) && !/\/>/.test(l)) depth++;
    if (/<\/(Step|Check)>/.test(l)) depth--;
    else if (depth > 0 && /^( {4}|\t)\S/.test(l)) {
      problems.push(`${file}:${i + 1}: indented Markdown inside <Step> or <Check> renders as code`);
    }
  });
  const glossary = scanTerms(text, file);
  problems.push(...glossary.problems);
  return { scrollies, cites, checks, terms: glossary.terms, problems };
}

/**
 * The <Term id="…">words</Term> links in a chapter, with line numbers: a term's id names its
 * glossary entry (content/<locale>/glossary.json; the content test checks it exists), and the
 * words stay in the prose. The tag wraps a few words on one line, with nothing but text inside.
 * @param {string} text the Markdown file
 * @param {string} file its path, for messages
 * @returns {{ terms: TermTag[], problems: string[] }}
 */
export function scanTerms(text, file) {
  /** @type {TermTag[]} */
  const terms = [];
  /** @type {string[]} */
  const problems = [];
  const lineAt = (/** @type {number} */ index) => text.slice(0, index).split('\n').length;
  /** @type {Map<string, number>} */
  const first = new Map();
  for (const m of text.matchAll(/<(\/?)Term\b([^>]*?)(\/?)>/g)) {
    const [tag, closing, attrText, selfClosing] = m;
    const at = `${file}:${lineAt(m.index ?? 0)}`;
    if (closing) {
      const before = text.slice(0, m.index);
      const open = before.lastIndexOf('<Term');
      if (open < 0 || before.lastIndexOf('</Term>') > open) problems.push(`${at}: </Term> without <Term>`);
      continue;
    }
    const attrs = attributes(attrText ?? '');
    if (selfClosing) {
      problems.push(`${at}: write <Term id="…">the words in the prose</Term>, not a self-closing tag`);
      continue;
    }
    const from = (m.index ?? 0) + tag.length;
    const end = text.indexOf('</Term>', from);
    const inner = end < 0 ? '' : text.slice(from, end);
    if (end < 0 || /\n/.test(inner)) {
      problems.push(`${at}: <Term> must be closed with </Term> on the same line`);
      continue;
    }
    if (/[<>{}]/.test(inner)) problems.push(`${at}: <Term> holds plain words only`);
    if (!inner.trim()) problems.push(`${at}: <Term> needs the words it links`);
    if (!attrs.id) problems.push(`${at}: <Term> needs id="…" (a glossary entry)`);
    else if (!ID.test(attrs.id)) problems.push(`${at}: term id "${attrs.id}" must be kebab-case`);
    else if (first.has(attrs.id)) {
      problems.push(`${at}: <Term id="${attrs.id}"> again (link only the first use in a chapter, line ${first.get(attrs.id)})`);
    } else first.set(attrs.id, lineAt(m.index ?? 0));
    terms.push({ id: attrs.id, text: inner.trim(), line: lineAt(m.index ?? 0) });
  }
  return { terms, problems };
}
