/**
 * Copy buttons on the classroom pages (how to cite, the charts' data pages). Each button is in
 * the HTML, hidden (without JavaScript the text is simply selectable); this script shows it and,
 * on a click, copies the text of the element its data-copy names — as HTML too, so italics
 * survive a paste into a word processor. Labels come from the button's data-*.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy ?? '');
  if (!source) continue;
  button.hidden = false;
  const label = button.textContent;
  let timer = 0;
  const say = (text: string) => {
    button.textContent = text;
    clearTimeout(timer);
    timer = window.setTimeout(() => (button.textContent = label), 2000);
  };
  button.addEventListener('click', () => {
    const text = (source.textContent ?? '').trim();
    const html = source.tagName === 'PRE' ? null : source.innerHTML.trim();
    // An async function, so a missing clipboard (an insecure page, an old browser) rejects.
    const write = (async () => {
      if (html && typeof ClipboardItem === 'function') {
        const blob = (type: string, body: string) => new Blob([body], { type });
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/plain': blob('text/plain', text), 'text/html': blob('text/html', html) })
        ]);
      } else await navigator.clipboard.writeText(text);
    })();
    write.then(
      () => say(button.dataset.done ?? ''),
      () => {
        // No clipboard (an old browser, a denied permission): select the text for the reader.
        const range = document.createRange();
        range.selectNodeContents(source);
        const sel = getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        say(button.dataset.failed ?? '');
      }
    );
  });
}
