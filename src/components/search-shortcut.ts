/**
 * Client island on every page, kept tiny: Ctrl/Cmd+K, or `/` when not typing, puts the cursor
 * in the search box (the header's, or the search page's own). Nothing of the search loads here.
 */
document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (!slash && !commandK) return;
  const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || event.target.closest('input, textarea, select') !== null);
  if (slash && typing) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
