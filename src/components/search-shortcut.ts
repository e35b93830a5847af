/**
 * Client island on every page, kept tiny: Ctrl/Cmd+K puts the cursor in the search box (the
 * header's, or the search page's own). Nothing of the search loads here. There is deliberately no
 * single-key shortcut such as "/": WCAG 2.1.4 asks that one can be turned off or remapped, and a
 * key combination with Ctrl/Cmd cannot be set off by speech input or a stray key press.
 */
// On the window, which a key press bubbles up to: fewer bytes than `document.addEventListener`.
addEventListener('keydown', (event) => {
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (!commandK) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
