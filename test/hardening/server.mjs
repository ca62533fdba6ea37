// Dev-server middleware for test/hardening: the "pages" the hardening tests open in iframes.
//
//   POST /hardening/pages          body: a page spec (JSON, below) → { "url": "/hardening/page/<n>" }
//   GET  /hardening/page/<n>       the page: the capture script first, the site's inline config, the BUILT
//                                  script-tag bundle (/dist/suostumus.js, which imports its chunks from next
//                                  to itself), a gated script and a script of the page's own
//   GET  /hardening/stall.js       a script answered only after 30 s (the script gate's time-out test)
//   GET  /hardening/cors/<path>    /<path> with `Access-Control-Allow-Origin: *`, for pages in an opaque
//                                  origin (a sandboxed iframe), whose module imports are CORS requests
//
// A spec is stored under a new number, so the three browsers (one dev server) never share a page. Specs
// are posted because some configs are too big for a URL (a 200 kB text, 5,000 categories).
//
// Page spec:
//   config    string   the text of <script type="application/json" id="suostumus-config"> (as given:
//                      the caller escapes "<" where it wants to); absent: no config element
//   csp       string   a Content-Security-Policy response header
//   gated     array    of "inline" (sets window.__gatedRan), "nonce" (the same with nonce="r4nd0m")
//                      and "src" (page/gated.js, sets window.__gatedSrcRan); default ["inline"]
//   notice    boolean  a <suostumus-notice heading-level="1"> in <main>
//   noCookies boolean  page/no-cookies.js before the bundle: document.cookie reads "" and drops writes
//   agent     boolean  page/agent.js: answers the test over postMessage (a frame the test cannot reach)
//   base      string   where suostumus.js is loaded from; default "/dist/"
//   lang      string   <html lang>; default "fi"
//   long      boolean  sixty paragraphs, then a footer link (#last-link) as the page's last content

const ASSETS = '/test/hardening/page/';
const specs = new Map();
let counter = 0;

const MAX_BODY = 8 * 1024 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('page spec too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function render(spec) {
  const base = spec.base ?? '/dist/';
  const gated = spec.gated ?? ['inline'];
  const head = [
    `<script src="${ASSETS}capture.js"></script>`,
    spec.agent ? `<script src="${ASSETS}agent.js"></script>` : '',
    spec.noCookies ? `<script src="${ASSETS}no-cookies.js"></script>` : '',
    typeof spec.config === 'string' ? `<script type="application/json" id="suostumus-config">${spec.config}</script>` : '',
    `<script src="${escapeAttribute(base)}suostumus.js" defer></script>`,
  ];
  const body = [
    '<h1>Sivu</h1>',
    gated.includes('inline') ? '<script type="text/plain" data-category="analytics">window.__gatedRan = true;</script>' : '',
    gated.includes('nonce') ? '<script type="text/plain" data-category="analytics" nonce="r4nd0m">window.__gatedRan = true;</script>' : '',
    gated.includes('src') ? `<script type="text/plain" data-category="analytics" src="${ASSETS}gated.js"></script>` : '',
    spec.notice ? '<main><suostumus-notice heading-level="1"></suostumus-notice></main>' : '',
    // A page longer than the screen whose last content is a link (the banner must not hide it).
    spec.long ? `${'<p>Sisältöä, joka jatkuu sivun loppuun asti.</p>'.repeat(60)}<footer><a id="last-link" href="#loppu">Tietosuojaseloste</a></footer>` : '',
    `<script src="${ASSETS}own.js"></script>`,
  ];
  return `<!doctype html>
<html lang="${escapeAttribute(spec.lang ?? 'fi')}"><head><meta charset="utf-8"><title>hardening</title>
${head.filter(Boolean).join('\n')}
</head>
<body>
${body.filter(Boolean).join('\n')}
</body></html>
`;
}

/** Koa middleware for web-test-runner's dev server (`middleware` in web-test-runner.config.mjs). */
export function hardeningMiddleware() {
  return async (ctx, next) => {
    if (ctx.path === '/hardening/pages' && ctx.method === 'POST') {
      let spec;
      try {
        spec = JSON.parse(await readBody(ctx.req));
      } catch (error) {
        ctx.status = 400;
        ctx.body = `bad page spec: ${error.message}`;
        return;
      }
      if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
        ctx.status = 400;
        ctx.body = 'bad page spec: expected an object';
        return;
      }
      counter += 1;
      specs.set(String(counter), spec);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ url: `/hardening/page/${counter}` });
      return;
    }
    const page = /^\/hardening\/page\/(\d+)$/.exec(ctx.path);
    if (page && ctx.method === 'GET') {
      const spec = specs.get(page[1]);
      if (!spec) {
        ctx.status = 404;
        ctx.body = 'no such hardening page';
        return;
      }
      ctx.type = 'text/html; charset=utf-8';
      ctx.set('Cache-Control', 'no-store');
      if (spec.csp) ctx.set('Content-Security-Policy', spec.csp);
      ctx.body = render(spec);
      return;
    }
    if (ctx.path === '/hardening/stall.js') {
      // A script that never answers in time (held 30 s): the script gate must not wait for it for ever.
      await new Promise((resolve) => { setTimeout(resolve, 30_000); });
      ctx.type = 'text/javascript';
      ctx.body = '// answered too late to matter';
      return;
    }
    if (ctx.path.startsWith('/hardening/cors/')) {
      ctx.url = ctx.url.slice('/hardening/cors'.length);
      await next();
      ctx.set('Access-Control-Allow-Origin', '*');
      return;
    }
    await next();
  };
}
