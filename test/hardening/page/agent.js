// For pages the test cannot reach into (a sandboxed iframe has an opaque origin): answers the test over
// postMessage. Requests: { hardening: id, command, args }; replies: { hardening: id, result } or
// { hardening: id, error }.
/* global window, document */
(function agent() {
  const shadow = (tag) => document.querySelector(tag)?.shadowRoot ?? null;
  const visible = (element) => element !== null && element !== undefined && element.getBoundingClientRect().height > 0;

  const commands = {
    state() {
      let cookie;
      try {
        cookie = `readable: ${JSON.stringify(document.cookie)}`;
      } catch (error) {
        cookie = `throws ${error.name}`;
      }
      const api = window.suostumus;
      const state = api?.get();
      return {
        api: api !== undefined,
        status: state?.status,
        categories: state?.categories,
        ownRan: window.__ownRan === true,
        gatedRan: window.__gatedRan === true,
        gatedSrcRan: window.__gatedSrcRan === true,
        bannerOpen: visible(shadow('suostumus-banner')?.querySelector('[part="banner"]')),
        dialogOpen: shadow('suostumus-preferences')?.querySelector('dialog')?.open === true,
        cookie,
        capture: window.__hardening,
      };
    },
    /** Clicks the button with this part, or else this text, in the element's shadow root. */
    click({ host, part, text }) {
      const root = shadow(host);
      if (!root) return false;
      const buttons = [...root.querySelectorAll('button')];
      const button = buttons.find((b) => (part ? b.getAttribute('part') === part : b.textContent.trim() === text));
      if (!button) return false;
      button.click();
      return true;
    },
  };

  window.addEventListener('message', (event) => {
    const request = event.data;
    if (event.source !== window.parent || typeof request !== 'object' || request === null || typeof request.hardening !== 'number') return;
    let reply;
    try {
      const command = commands[request.command];
      if (!command) throw new Error(`unknown command ${request.command}`);
      reply = { hardening: request.hardening, result: command(request.args ?? {}) };
    } catch (error) {
      reply = { hardening: request.hardening, error: String(error) };
    }
    window.parent.postMessage(JSON.parse(JSON.stringify(reply)), '*');
  });
})();
