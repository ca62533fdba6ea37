// What the owner takes away: the snippet for every page, the notice page, an example page, the zip of
// every script-tag file (named by the delivery map, src/delivery.ts) — and the preview page, which is
// the same snippet with the owner's config, so the preview is the widget exactly as it will run.
import { zipSync, strToU8 } from 'fflate';
import { version } from '../package.json';
import { deliveryFiles } from '../src/delivery.js';
import { EMBED_PROVIDER_FACTS } from '../src/core/embed-providers.js';
import type { EmbedProvider, Language } from '../src/core/types.js';
import type { Draft } from './model.js';

/**
 * Where the snippet looks for suostumus.js until the owner says otherwise: a folder of its version, as the
 * README's release has it, so that an upgrade goes beside the old files and no visitor's cached loader
 * meets another version's chunks.
 */
export const DEFAULT_SCRIPT_URL = `/suostumus/${version}/suostumus.js`;

/**
 * The zip's folder for the script-tag files: the folder of `scriptUrl` when that is a path on the site
 * (`/suostumus/0.1.0/suostumus.js` → `suostumus/0.1.0/`), so that the zip unpacked at the site's root
 * puts them where the snippet looks; '' (the zip's root) for an address on another host, or one whose
 * folder, decoded, could point outside the site's (an empty, `.` or `..` segment, `\` or `:`).
 */
export function scriptFolder(scriptUrl: string): string {
  if (!scriptUrl.startsWith('/') || scriptUrl.startsWith('//')) return '';
  const path = new URL(scriptUrl, 'https://site.invalid').pathname;
  const folder = path.slice(1, path.lastIndexOf('/') + 1);
  let decoded: string;
  try {
    decoded = decodeURIComponent(folder);
  } catch {
    decoded = folder;
  }
  // Decoding can make what the URL had normalised away (%2F..%2F, a leading %2F, C%3A): any segment that
  // is empty, `.`, `..` or holds `\` or `:` could point an unzip tool outside the site's folder.
  const segments = decoded.split('/').slice(0, -1);
  return segments.some((segment) => segment === '' || segment === '.' || segment === '..' || /[\\:]/.test(segment)) ? '' : decoded;
}

/** The config as the JSON a `<script type="application/json">` may hold: `<` escaped, so no `</script>` ends it. */
export function configJson(config: Draft): string {
  return JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
}

/** The config without its notice: every page but the notice page needs only the consent part. */
export function withoutNotice(config: Draft): Draft {
  const { notice: _notice, ...rest } = config;
  return rest;
}

/** The two tags for every page's `<head>`: the inline config and the script tag. */
export function pageSnippet(config: Draft, scriptUrl: string): string {
  return `<script type="application/json" id="suostumus-config">\n${configJson(config)}\n</script>\n`
    + `<script src="${escapeAttribute(scriptUrl)}" defer></script>`;
}

/** What `embedTag` finds wrong: an address the provider's embed cannot show, or no title. */
export type EmbedTagProblem = 'address' | 'title';

/**
 * The `<suostumus-embed>` tag for a page, from what the owner pastes: the video's or map's address, or the
 * whole embed code a provider gives (YouTube's and Vimeo's *Share → Embed*, Google Maps' *Share → Embed a
 * map*), whose iframe's `src` is read from it — parsed by the browser, never inserted anywhere. The address
 * is judged by the widget's own rule (`EMBED_PROVIDER_FACTS[provider].url`), so a tag made here shows its
 * content; the title is the owner's (the visitor hears it with the buttons: WCAG 4.1.2), never the
 * embed code's, which is a generic "YouTube video player". Returns the tag, or what is wrong, in the
 * order of the fields.
 */
export function embedTag(provider: EmbedProvider, pasted: string, title: string): { tag: string } | { problems: EmbedTagProblem[] } {
  let src = pasted.trim();
  if (/<iframe[\s>]/i.test(src)) {
    // A parsed document has no browsing context: nothing in the pasted code loads or runs.
    src = new DOMParser().parseFromString(src, 'text/html').querySelector('iframe')?.getAttribute('src')?.trim() ?? '';
  }
  const name = title.trim();
  const problems: EmbedTagProblem[] = [];
  if (!EMBED_PROVIDER_FACTS[provider].url(src, false)) problems.push('address');
  if (!name) problems.push('title');
  if (problems.length > 0) return { problems };
  return { tag: `<suostumus-embed provider="${provider}" src="${escapeAttribute(src)}" title="${escapeAttribute(name)}"></suostumus-embed>` };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

const PAGE_TITLES: Record<Language, { notice: string; example: string }> = {
  fi: { notice: 'Tietosuojaseloste', example: 'Esimerkkisivu' },
  sv: { notice: 'Dataskyddsbeskrivning', example: 'Exempelsida' },
  en: { notice: 'Privacy notice', example: 'Example page' },
};

/** A whole HTML page around `body`, with the snippet in its head. */
function page(language: Language, title: string, snippet: string, body: string): string {
  return `<!doctype html>\n<html lang="${language}">\n<head>\n  <meta charset="utf-8">\n`
    + '  <meta name="viewport" content="width=device-width, initial-scale=1">\n'
    + `  <title>${escapeText(title)}</title>\n${snippet.replace(/^/gm, '  ')}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** The privacy notice page: the whole config (the notice included) and `<suostumus-notice>`. */
export function noticePage(config: Draft, scriptUrl: string, language: Language): string {
  return page(language, PAGE_TITLES[language].notice, pageSnippet(config, scriptUrl), '  <main>\n    <suostumus-notice></suostumus-notice>\n  </main>');
}

/** An example page: what every page of the site gets, and a link to the notice. */
export function examplePage(config: Draft, scriptUrl: string, language: Language): string {
  const noticeUrl = typeof config.noticeUrl === 'string' ? config.noticeUrl : 'tietosuojaseloste.html';
  const link = `    <p><a href="${escapeAttribute(noticeUrl)}">${PAGE_TITLES[language].notice}</a></p>`;
  return page(language, PAGE_TITLES[language].example, pageSnippet(withoutNotice(config), scriptUrl), `  <main>\n    <h1>${PAGE_TITLES[language].example}</h1>\n${link}\n  </main>`);
}

/** The notice page's file name in the zip: the last part of `noticeUrl`, else tietosuojaseloste.html. */
export function noticeFileName(config: Draft): string {
  const url = typeof config.noticeUrl === 'string' ? config.noticeUrl : '';
  const last = url.split(/[?#]/)[0]?.split('/').pop() ?? '';
  return /^[\w.-]+\.html?$/.test(last) ? last : 'tietosuojaseloste.html';
}

/**
 * The zip an owner uploads: every script-tag file (fetched from beside the configurator, `assetBase`) in
 * the folder the snippet's `scriptUrl` names (`scriptFolder`), and at its root `suostumus-config.json`, an
 * example page and the notice page. Throws when a file cannot be fetched.
 */
export async function buildZip(config: Draft, scriptUrl: string, language: Language, assetBase: URL): Promise<Uint8Array<ArrayBuffer>> {
  const files: Record<string, Uint8Array> = {};
  const folder = scriptFolder(scriptUrl);
  // The delivery map's list of files, which the build writes to dist/delivery.json for `npm run release`
  // (`releaseFiles`, scripts/release-files.mjs): the zip holds what a release holds, a new chunk included.
  for (const file of deliveryFiles()) {
    const response = await fetch(new URL(file, assetBase));
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    files[`${folder}${file}`] = new Uint8Array(await response.arrayBuffer());
  }
  files['suostumus-config.json'] = strToU8(`${JSON.stringify(config, null, 2)}\n`);
  files['esimerkki.html'] = strToU8(examplePage(config, scriptUrl, language));
  files[noticeFileName(config)] = strToU8(noticePage(config, scriptUrl, language));
  return zipSync(files, { level: 9 });
}

/** What the preview shows. */
export interface PreviewOptions {
  view: 'banner' | 'dialog' | 'notice';
  language: Language;
  scheme: 'light' | 'dark';
  /** Where the script-tag files are (absolute, same origin). */
  assetBase: URL;
}

/** The cookie the preview stores a choice in, cleared before every preview so the banner shows again. */
export const PREVIEW_COOKIE = 'suostumus-configurator-preview';

// The widget's dark defaults (src/ui/styles/tokens-css.ts), as the light properties: a frame cannot be
// told to prefer dark, so the preview gives the light scheme the dark colours.
const DARK = '--suostumus-accent:#8ab4f8;--suostumus-on-accent:#0b1a33;--suostumus-background:#1f2023;--suostumus-text:#f1f1f4;'
  + '--suostumus-muted:#c4c4cc;--suostumus-border:#8d8d96;--suostumus-focus:#8ab4f8;background:#121214;color:#f1f1f4;color-scheme:dark';

/**
 * The preview page (an iframe's `srcdoc`): the owner's config and the real script tag. A content security
 * policy lets it reach this origin only, so accepting analytics in the preview requests nothing from Google.
 */
export function previewPage(config: Draft, options: PreviewOptions): string {
  const shown: Draft = { ...config, language: options.language, cookie: { ...(config.cookie as object | undefined), name: PREVIEW_COOKIE, domain: undefined } };
  delete (shown.cookie as Record<string, unknown>).domain;
  delete shown.record;
  if (options.scheme === 'dark') delete shown.theme;
  if (options.view !== 'notice') delete shown.notice;
  const origin = options.assetBase.origin;
  const csp = `default-src 'none'; script-src ${origin} 'unsafe-inline'; style-src 'unsafe-inline'; img-src ${origin} data:; connect-src ${origin} ${origin.replace(/^http/, 'ws')}`;
  const open = options.view === 'dialog'
    // The loader sets window.suostumus once started (a moment later in development, where it imports its
    // sources). The modal dialog takes the focus; once it is open, the focus goes back to the owner's field.
    ? '<script>(function(){var owner=parent.document.activeElement;'
      + 'function back(tries){var d=document.querySelector("suostumus-preferences");var open=d&&d.shadowRoot&&d.shadowRoot.querySelector("dialog[open]");'
      + 'if(open){if(owner&&owner!==frameElement&&owner!==parent.document.body)owner.focus();}else if(tries>0)setTimeout(back,25,tries-1);}'
      + '(function start(tries){if(window.suostumus){window.suostumus.showPreferences();back(400);}else if(tries>0)setTimeout(start,25,tries-1);})(400);})();</script>\n'
    : '';
  const body = options.view === 'notice' ? '<main><suostumus-notice></suostumus-notice></main>' : '<main><p style="min-height:60vh"></p></main>';
  return `<!doctype html><html lang="${options.language}"${options.scheme === 'dark' ? ` style="${DARK}"` : ''}><head><meta charset="utf-8">`
    + `<meta http-equiv="Content-Security-Policy" content="${csp}">`
    + '<meta name="viewport" content="width=device-width, initial-scale=1">'
    + `<script>document.cookie='${PREVIEW_COOKIE}=; max-age=0; path=/';</script>\n`
    + `<script type="application/json" id="suostumus-config">${configJson(shown)}</script>\n${open}`
    + `<script src="${escapeAttribute(new URL('suostumus.js', options.assetBase).href)}" defer></script>`
    + `</head><body style="font-family:system-ui,sans-serif;margin:1rem">${body}</body></html>`;
}
