// The benchmark's static site: one page body (bench/site/page.html) in three versions — with suostumus,
// with vanilla-cookieconsent 3.1.0, and with no consent widget at all (the baseline) — served from a
// local HTTP server on 127.0.0.1, gzip-compressed (level 9, as a static host would send it) when the
// browser asks for it, without caching headers.
//
//   /suostumus.html, /vanilla.html, /none.html   the three pages
//   /<any file of dist/>                         the build, at the site root (suostumus.js, its chunks)
//   /vendor/cookieconsent.umd.js, .css           vanilla-cookieconsent from node_modules
//   /cookieconsent-config.js                     vanilla's set-up and texts (bench/site/)
//   /tietosuojaseloste                           a stub privacy notice page
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const vanillaDist = join(root, 'node_modules', 'vanilla-cookieconsent', 'dist');

/** The host name the pages are served under: a live site's, not a development host (src/loader/main.ts). */
export const SITE_HOST = 'www.example.com';
export const MEASUREMENT_ID = 'G-BENCH12345';
export const SUOSTUMUS_CONFIG = { language: 'fi', noticeUrl: '/tietosuojaseloste', google: { measurementId: MEASUREMENT_ID } };

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json',
};

/** What each page adds to the shared `<head>`. */
const HEADS = {
  suostumus: [
    '<script type="application/json" id="suostumus-config">',
    JSON.stringify(SUOSTUMUS_CONFIG),
    '</script>',
    '<script src="/suostumus.js" defer></script>',
  ].join('\n'),
  // As vanilla's documentation sets it up: its stylesheet in the head, the script and the site's config
  // deferred, and Google's snippet turned into text/plain scripts that it activates per category.
  vanilla: [
    '<link rel="stylesheet" href="/vendor/cookieconsent.css">',
    '<script src="/vendor/cookieconsent.umd.js" defer></script>',
    '<script src="/cookieconsent-config.js" defer></script>',
    `<script type="text/plain" data-category="analytics" async src="https://www.googletagmanager.com/gtag/js?id=${MEASUREMENT_ID}"></script>`,
    '<script type="text/plain" data-category="analytics">',
    'window.dataLayer = window.dataLayer || []; function gtag() { dataLayer.push(arguments); }',
    "gtag('consent', 'default', { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });",
    `gtag('js', new Date()); gtag('config', '${MEASUREMENT_ID}', { allow_google_signals: false, allow_ad_personalization_signals: false });`,
    '</script>',
    '<script type="text/plain" data-category="ads">',
    "gtag('consent', 'update', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });",
    "gtag('set', { allow_google_signals: true, allow_ad_personalization_signals: true });",
    '</script>',
  ].join('\n'),
  none: '',
};

export const LIBRARIES = ['suostumus', 'vanilla', 'none'];

export function pageHtml(library, extraBody = '') {
  const template = readFileSync(join(root, 'bench', 'site', 'page.html'), 'utf8');
  return template.replace('<!--HEAD-->', HEADS[library]).replace('</body>', `${extraBody}</body>`);
}

const NOTICE_STUB = '<!doctype html><html lang="fi"><meta charset="utf-8"><title>Tietosuojaseloste</title><h1>Tietosuojaseloste</h1>';

/**
 * The file on disk served at `path`, or undefined. Only files under dist/, the vanilla files, and the
 * folders `mounts` maps a path prefix to (such as '/app/' → a built Vite app).
 */
export function fileFor(path, mounts = {}) {
  for (const [prefix, folder] of Object.entries(mounts)) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(folder, path.slice(prefix.length)));
    return file.startsWith(folder + sep) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  }
  const fixed = {
    '/vendor/cookieconsent.umd.js': join(vanillaDist, 'cookieconsent.umd.js'),
    '/vendor/cookieconsent.css': join(vanillaDist, 'cookieconsent.css'),
    '/cookieconsent-config.js': join(root, 'bench', 'site', 'cookieconsent-config.js'),
  };
  if (fixed[path]) return fixed[path];
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const gzipped = new Map();
/** gzip -9 of a body (a page's text or a file's bytes), computed once per key: what a compressing static host sends. */
function gzip(key, body) {
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
  return gzipped.get(key);
}

/**
 * Starts the server; `extraPages` maps more paths to HTML, `mounts` path prefixes to folders (see
 * fileFor). Returns { origin, url(path), close }.
 */
export async function startSite(extraPages = {}, mounts = {}) {
  const pages = {
    '/tietosuojaseloste': NOTICE_STUB,
    ...Object.fromEntries(LIBRARIES.map((library) => [`/${library}.html`, pageHtml(library)])),
    ...extraPages,
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (status, type, raw, key = path) => {
      const compress = status === 200 && /gzip/.test(request.headers['accept-encoding'] ?? '');
      const body = compress ? gzip(key, raw) : raw;
      response.writeHead(status, {
        'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(body);
    };
    if (pages[path] !== undefined) return send(200, TYPES['.html'], pages[path], pages[path]);
    if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
    const file = fileFor(path, mounts);
    if (!file) return send(404, 'text/plain', 'not found');
    return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file), file);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  // Named as a live site, not 127.0.0.1 (a development host, where suostumus fetches its check chunk);
  // the browser maps the name to 127.0.0.1 (bench/run.mjs's --host-resolver-rules).
  const origin = `http://${SITE_HOST}:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
