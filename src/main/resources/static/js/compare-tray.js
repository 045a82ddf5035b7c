// Enhancement only: without JavaScript the catalogue's checkboxes compare the models ticked on this page.
// With it, the selection is a tray kept for the browser tab (sessionStorage), so it survives filtering,
// sorting and paging; a sticky bar says how many are selected and links to their comparison; once six are
// selected, the other boxes are disabled and say why.
document.addEventListener('DOMContentLoaded', () => {
  const tray = document.getElementById('compare-tray');
  if (!tray || !window.sessionStorage) return;
  const MAX = 6;
  const KEY = 'llmcompare.compare-tray';
  const status = document.getElementById('tray-status');
  const link = document.getElementById('tray-compare');
  const boxes = [...document.querySelectorAll('#catalogue input[type=checkbox][name=models]')];
  let selected;
  try { selected = JSON.parse(sessionStorage.getItem(KEY)) || []; } catch (e) { selected = []; }

  function save() { sessionStorage.setItem(KEY, JSON.stringify(selected)); }

  function render() {
    const slugs = selected.map(s => s.slug);
    for (const box of boxes) {
      box.checked = slugs.includes(box.value);
      const full = !box.checked && slugs.length >= MAX;
      box.disabled = full;
      box.title = full ? 'At most ' + MAX + ' models can be compared: remove one from the tray first' : '';
    }
    tray.hidden = slugs.length === 0;
    const names = selected.map(s => s.name).join(', ');
    status.textContent = slugs.length + ' selected' + (slugs.length ? ': ' + names : '')
      + (slugs.length === 1 ? ' (select at least one more)' : '') + (slugs.length >= MAX ? ' (the most a comparison takes)' : '');
    link.href = '/compare?models=' + slugs.join(',');
    link.setAttribute('aria-disabled', String(slugs.length < 2));
    link.textContent = slugs.length < 2 ? 'Compare' : 'Compare ' + slugs.length;
  }

  for (const box of boxes) {
    box.addEventListener('change', () => {
      const name = (box.getAttribute('aria-label') || box.value).replace(/^Compare /, '');
      selected = selected.filter(s => s.slug !== box.value);
      if (box.checked && selected.length < MAX) selected.push({ slug: box.value, name });
      save();
      render();
    });
  }
  link.addEventListener('click', event => { if (selected.length < 2) event.preventDefault(); });
  document.getElementById('tray-clear').addEventListener('click', () => { selected = []; save(); render(); });
  // The form's own button compares the whole tray, not only this page's ticks.
  tray.closest('form').addEventListener('submit', event => {
    if (selected.length >= 2) {
      event.preventDefault();
      window.location.href = link.href;
    }
  });
  render();
});
