/**
 * Footnotes as popovers. Each <Cite> is a plain link to its note at the end of the chapter;
 * here a tap (or Enter) opens that note in one shared popover instead of jumping away, so the
 * reader keeps their place. The note is copied, not moved: the list stays whole for print.
 */
export function enhanceFootnotes(doc: Document = document): void {
  const pop = doc.createElement('div');
  pop.id = 'footnote';
  pop.className = 'cite-pop';
  pop.setAttribute('popover', '');
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('aria-label', 'Source');
  pop.tabIndex = -1;
  doc.body.append(pop);

  let opener: HTMLElement | null = null;
  pop.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') opener?.focus();
  });

  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-cite]');
    const note = link && doc.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!link || !note) return;
    event.preventDefault();
    const number = link.textContent ?? '';
    pop.replaceChildren();
    const label = doc.createElement('span');
    label.className = 'cite-n';
    label.textContent = `${number}. `;
    const body = doc.createElement('span');
    body.innerHTML = note.innerHTML;
    const all = doc.createElement('a');
    all.className = 'cite-all';
    all.href = link.hash;
    all.textContent = 'All notes for this chapter';
    all.addEventListener('click', () => pop.hidePopover());
    pop.append(label, body, all);
    opener = link;
    pop.showPopover();
    pop.focus();
  });
}
