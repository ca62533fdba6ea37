// Demo only: a service worker that stands in for Google's servers, so the demo shows what gtag.js is
// told without any request leaving the machine. gtag.js and gtm.js get demo/google-stub.js; hits get 204.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.hostname === 'www.googletagmanager.com') {
    event.respondWith(fetch('/google-stub.js').then((r) => r.text()).then((body) =>
      new Response(body, { headers: { 'Content-Type': 'text/javascript' } })));
  } else if (/(^|\.)google-analytics\.com$|(^|\.)doubleclick\.net$/.test(url.hostname)) {
    event.respondWith(new Response(null, { status: 204 }));
  }
});
