// Enhancement only: without JavaScript the calculator is a plain GET form. With it, the results follow the
// typing: a request after each pause of 400 ms, at most one in flight (a newer one cancels the older), the
// page's own answer for the new values read back (its verdict, errors and results swapped in), and the
// address bar kept as the share link.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('cost-form');
  const status = document.getElementById('live-status');
  if (!form || !window.fetch || !window.AbortController || !window.DOMParser) return;
  const monthly = ['inputTokens', 'outputTokens'];
  const perRequest = ['requestsPerDay', 'inputTokensPerRequest', 'outputTokensPerRequest'];
  let timer = null;
  let inFlight = null;

  function pickBasis(name) {
    const basis = monthly.includes(name) ? 'month' : perRequest.includes(name) ? 'request' : null;
    const radio = basis && document.getElementById('basis-' + basis);
    if (radio) radio.checked = true;
  }

  function query() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (String(value).trim() !== '') params.append(name, value);
    }
    return params.toString();
  }

  // The parts of the page that depend on the values (the sources cited too: their numbers follow the
  // results); the form itself stays as the user is typing it.
  const parts = ['#verdict', '#form-errors', '#results', '#claims', 'section.references'];

  function swap(page) {
    for (const selector of parts) {
      const now = document.querySelector(selector);
      const next = page.querySelector(selector);
      if (now && next) now.replaceWith(document.importNode(next, true));
      else if (now) now.remove();
      else if (next) {
        const anchor = selector === '#results' ? form : form.previousElementSibling;
        anchor.insertAdjacentElement('afterend', document.importNode(next, true));
      }
    }
  }

  async function update() {
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    const url = form.getAttribute('action') + '?' + query();
    status.textContent = 'Calculating…';
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { 'Accept': 'text/html' } });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      if (controller !== inFlight) return;
      swap(page);
      const share = document.getElementById('share-link');
      history.replaceState(null, '', response.ok && share ? share.getAttribute('href') : url);
      status.textContent = response.ok ? 'Updated' : 'Some values cannot be used';
    } catch (error) {
      if (error.name !== 'AbortError') status.textContent = 'Could not update: press Calculate';
    } finally {
      if (controller === inFlight) inFlight = null;
    }
  }

  // The model picker: a search box that narrows the lists to the names that match, and the count of ticks.
  const search = document.getElementById('model-search');
  const picker = document.getElementById('model-picker');
  const count = document.getElementById('picked-count');
  if (search && picker) {
    search.hidden = false;
    search.addEventListener('input', () => {
      const wanted = search.value.trim().toLowerCase();
      for (const details of picker.querySelectorAll('details')) {
        let shown = 0;
        for (const item of details.querySelectorAll('li')) {
          const match = wanted === '' || item.textContent.toLowerCase().includes(wanted);
          item.hidden = !match;
          if (match) shown++;
        }
        details.hidden = shown === 0;
        if (wanted !== '' && shown > 0) details.open = true;
      }
    });
  }

  form.addEventListener('input', event => {
    if (event.target === search) return;
    if (count && event.target.name === 'models') {
      count.textContent = picker.querySelectorAll('input[name=models]:checked').length + ' ticked';
    }
    pickBasis(event.target.name);
    clearTimeout(timer);
    timer = setTimeout(update, 400);
  });
});
