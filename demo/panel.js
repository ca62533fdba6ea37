// Demo only: a panel that shows what suostumus decided and what Google was told. Not part of the library.
if ('serviceWorker' in navigator) navigator.serviceWorker.register('/google-stub-sw.js').catch(() => {});

const panel = document.createElement('aside');
panel.className = 'demo-panel';
panel.setAttribute('aria-label', 'Demo panel');
panel.innerHTML = `<h2>Demo panel</h2>
  <h3>Stored record (cookie <code>suostumus</code>)</h3><pre data-record></pre>
  <h3>Consent Mode state</h3><pre data-mode></pre>
  <h3>Calls Google received</h3><ol data-calls></ol>
  <h3>Google cookies</h3><pre data-cookies></pre>
  <button type="button" data-reset>Reset (forget my choice)</button>`;
document.body.append(panel);

function render() {
  const api = window.suostumus;
  const state = api ? api.get() : null;
  panel.querySelector('[data-record]').textContent = state && state.record ? JSON.stringify(state.record, null, 2) : '(none: undecided)';
  const calls = (window.dataLayer || []).filter((e) => Object.prototype.toString.call(e) === '[object Arguments]').map((e) => Array.from(e));
  const mode = {};
  for (const call of calls) if (call[0] === 'consent' && call[2]) Object.assign(mode, call[2]);
  panel.querySelector('[data-mode]').textContent = calls.length ? JSON.stringify(mode, null, 2) : '(gtag not started: nothing sent to Google)';
  const list = panel.querySelector('[data-calls]');
  list.replaceChildren(...calls.map((call) => {
    const item = document.createElement('li');
    item.textContent = JSON.stringify(call.map((v) => (v instanceof Date ? 'Date' : v)));
    return item;
  }));
  const cookies = document.cookie.split('; ').filter((c) => /^_ga|^_gid|^_gcl/.test(c));
  panel.querySelector('[data-cookies]').textContent = cookies.length ? cookies.join('\n') : '(none)';
}

panel.querySelector('[data-reset]').addEventListener('click', () => {
  window.suostumus?.reset();
  location.reload();
});
document.addEventListener('suostumus-change', () => setTimeout(render));
window.addEventListener('demo-google-call', render);
setInterval(render, 1000);
render();
