/**
 * Footnotes as popovers. Each <Cite> is a plain link to its note at the end of the chapter;
 * here a tap (or Enter) opens that note in one shared popover instead of jumping away, so the
 * reader keeps their place. The note is copied, not moved: the list stays whole for print.
 * Focus moves into the popover; when it closes (Escape, a tap outside, another note's link) the
 * browser's popover gives the focus back to the link by itself (HTML's "previously focused
 * element"). The popover is made on the first click, so start-up costs nothing.
 * Its labels come from the notes' own markup (`data-*` on the chapter's notes), so the script
 * carries no language.
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

  doc.addEventListener('click', (event) => {
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
    const p = popover();
    if (p.matches(':popover-open')) p.hidePopover();
    p.setAttribute('aria-label', notes.dataset.dialogLabel ?? '');
    const label = doc.createElement('span');
    label.className = 'cite-n';
    label.textContent = `${link.textContent ?? ''}. `;
    const body = doc.createElement('span');
    body.innerHTML = note.innerHTML;
    const all = doc.createElement('a');
    all.className = 'cite-all';
    all.href = `#${notes.id}`;
    all.textContent = notes.dataset.allLabel ?? '';
    all.addEventListener('click', () => p.hidePopover());
    p.replaceChildren(label, body, all);
    p.showPopover();
    p.focus();
  });
}
