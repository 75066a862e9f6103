/**
 * Footnotes as popovers. Each <Cite> is a plain link to its note at the end of the chapter;
 * here a tap (or Enter) opens that note in one shared popover instead of jumping away, so the
 * reader keeps their place. The note is copied, not moved: the list stays whole for print.
 * Focus moves into the popover; when it closes (Escape, a tap outside, another note's link) the
 * browser's popover gives the focus back to the link by itself (HTML's "previously focused
 * element"). The popover is made on the first click, so start-up costs nothing.
 * Its labels come from the notes' own markup (`data-*` on the chapter's notes), so the script
 * carries no language.
 * A glossary term's link (<Term>, `a[data-term]`, a link to the glossary page) opens its
 * definition in the same popover, from `terms.json` beside the glossary page, fetched on the first
 * tap; if that fails, the link is simply followed.
 */
export function enhanceFootnotes(doc: Document = document): void {
  let pop: HTMLElement | null = null;

  const popover = () => {
    if (pop) return pop;
    pop = doc.createElement('div');
    pop.id = 'footnote';
    pop.className = 'cite-pop';
    pop.setAttribute('popover', '');
    pop.setAttribute('role', 'dialog');
    pop.tabIndex = -1;
    doc.body.append(pop);
    return pop;
  };

  const show = (label: string, ...content: Node[]) => {
    const p = popover();
    if (p.matches(':popover-open')) p.hidePopover();
    p.setAttribute('aria-label', label);
    p.replaceChildren(...content);
    p.showPopover();
    p.focus();
  };
  const span = (className: string, text: string) => {
    const el = doc.createElement('span');
    el.className = className;
    el.textContent = text;
    return el;
  };
  const onward = (href: string, text: string) => {
    const a = doc.createElement('a');
    a.className = 'cite-all';
    a.href = href;
    a.textContent = text;
    a.addEventListener('click', () => pop?.hidePopover());
    return a;
  };

  type Glossary = {
    more: string;
    after?: string;
    terms: Record<string, { term: string; definition: string }>;
  };
  let glossary: Promise<Glossary> | null = null;

  doc.addEventListener('click', (event) => {
    const term = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-term]');
    if (term) {
      event.preventDefault();
      glossary ??= fetch(new URL('terms.json', term.href)).then((r) =>
        r.ok ? (r.json() as Promise<Glossary>) : Promise.reject(new Error(`${r.status} ${r.url}`))
      );
      glossary
        .then((g) => {
          const entry = g.terms[term.dataset.term ?? ''];
          if (!entry) throw new Error(`no term "${term.dataset.term}"`);
          show(
            entry.term,
            span('cite-n', `${entry.term}${g.after ?? '. '}`),
            span('', entry.definition),
            onward(term.href, g.more)
          );
        })
        .catch(() => {
          glossary = null;
          location.href = term.href;
        });
      return;
    }
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-cite]');
    if (!link) return;
    let id = link.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      return;
    }
    const note = doc.getElementById(id);
    const notes = note?.closest<HTMLElement>('.notes');
    if (!note || !notes) return;
    event.preventDefault();
    const body = doc.createElement('span');
    body.innerHTML = note.innerHTML;
    show(
      notes.dataset.dialogLabel ?? '',
      span('cite-n', `${link.textContent ?? ''}. `),
      body,
      onward(`#${notes.id}`, notes.dataset.allLabel ?? '')
    );
  });
}
