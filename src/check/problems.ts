// The owner's common mistakes, found on the page: each a problem with the values its words need
// (locales/check). Run by the check chunk (index.ts) with what the loader saw (`LoaderFacts`).
import type { SuostumusConfig } from '../core/types.js';
import { CONFIG_CHECK_FILE, deliveryFiles, EMBED_FILE } from '../delivery.js';
import type { EmbedModule } from '../embed/lazy.js';
import type { CheckProblem } from '../../locales/check/index.js';

/** What the loader hands the check chunk: what it saw, no words. */
export interface LoaderFacts {
  /** The site's `<script>` of suostumus.js, when found. */
  script: HTMLScriptElement | null;
  /** A development host or `data-debug`: look harder, and show the panel. */
  debug: boolean;
  /** `data-config`'s URL, when the config is read from one. */
  url?: string;
  /** The config as parsed from JSON; undefined when there is none or it could not be read. */
  input?: unknown;
  /** The config the loader accepted (every default filled in). */
  config?: SuostumusConfig;
  /** What stopped reading the config: a SyntaxError, a failed fetch, or the Response of an HTTP error. */
  error?: unknown;
  /** Google's own tag (a googletagmanager.com script) was on the page before suostumus started. */
  google?: boolean;
  /** A chunk that could not be fetched (its file name). */
  failed?: string;
}

/** One problem: what its words need, and whether it stops something (an error) or only warns. */
export interface Found {
  problem: CheckProblem;
  values?: Record<string, string | number>;
  error: boolean;
  /** Lines listed under it (the config's problems, path by path, in the console's English). */
  details?: string[];
  /** What the console says instead of the English words (undefined: those words; empty: nothing). */
  console?: string[];
}

/** The folder the chunks are in: this chunk's own (it was fetched from beside suostumus.js). */
// (Not `new URL('.', import.meta.url)`: Vite would take that for an asset to bundle.)
const folder = new URL(import.meta.url.replace(/[^/]*$/, ''));

/** The config's words (parseConfig and the rest): the check chunk's own chunk, fetched from beside it. */
type ConfigModule = typeof import('../core/config.js');

/** Every problem the facts show; on a development host it also asks the server (notice, missing files). */
export async function findProblems(facts: LoaderFacts): Promise<Found[]> {
  const found: Found[] = [];
  const { config, error, input } = facts;
  // Imported by its URL, not bundled in: one copy of the config's words, in the chunk that has them.
  const words = await (import(/* @vite-ignore */ new URL(CONFIG_CHECK_FILE, folder).href) as Promise<ConfigModule>);
  if (error !== undefined) found.push(...await readProblems(facts));
  else if (input === undefined) found.push(missingConfig());
  else if (!config) found.push(...configProblems(input, words));
  if (facts.google) {
    const tag = document.querySelector<HTMLScriptElement>('script[src*="googletagmanager.com/"]');
    found.push({ problem: config?.categories.some((c) => c.id === 'analytics') && isGranted() ? 'googleTagGranted' : 'googleTag', values: { url: tag?.src ?? 'googletagmanager.com' }, error: true });
  }
  if (facts.failed) found.push(...await chunkProblems(facts.failed, facts.debug));
  if (facts.debug && config) found.push(...await siteProblems(config, words));
  if (document.querySelector('suostumus-embed')) found.push(...await embedProblems());
  return found;
}

/**
 * The page's `<suostumus-embed>` mistakes, by the embed chunk's own rule (fetched from beside this chunk,
 * where the loader fetched it too). The element says each in the console already: here only the panel.
 */
async function embedProblems(): Promise<Found[]> {
  // Not there: the loader names the missing file already (a chunk problem); the rest is still said.
  const module = await (import(/* @vite-ignore */ new URL(EMBED_FILE, folder).href) as Promise<EmbedModule>).catch(() => undefined);
  return (module?.embedProblems(document) ?? []).map(({ kind, provider, src, name }) => ({ problem: kind, values: { provider, src, name }, error: true, console: [] }));
}

function isGranted(): boolean {
  return !!window.suostumus?.get().categories.analytics;
}

/** The config's refusal, path by path; Google's ids named with their fix in the page's language. */
function configProblems(input: unknown, { googleIdMistake, parseConfig, SuostumusConfigError }: ConfigModule): Found[] {
  try {
    parseConfig(input);
    return [];
  } catch (thrown) {
    if (!(thrown instanceof SuostumusConfigError)) throw thrown;
    const ids: Found[] = [];
    const details: string[] = [];
    for (const problem of thrown.problems) {
      const value = valueAt(input, problem.path);
      const mistake = googleIdMistake(problem.path, value);
      if (mistake) ids.push({ problem: mistake, values: { path: problem.path, value: String(value) }, error: true, console: [] });
      else details.push(`${problem.path}: ${problem.message}`);
    }
    const count = thrown.problems.length;
    return [{
      problem: 'configInvalid', values: { count }, error: true, details,
      // The console keeps its one line per problem, Google's ids with their fix in English.
      console: [
        `invalid config, nothing that needs consent was started (${count} ${count === 1 ? 'problem' : 'problems'}):`,
        ...thrown.problems.map((problem) => `config ${problem.path}: ${problem.message}`),
      ],
    }, ...ids];
  }
}

/** The value at a problem's path ("google.measurementId", "categories[2].id") in the raw config. */
function valueAt(input: unknown, path: string): unknown {
  return path.split(/[.[\]]+/).filter(Boolean).reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], input);
}

/** No `#suostumus-config` and no `data-config`: a JSON script with another id, or none at all. */
function missingConfig(): Found {
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[type="application/json"][id], script[type="application/json"]')) {
    try {
      const json: unknown = JSON.parse(script.textContent);
      // A config of ours, under another id: it has a key no other kind of JSON is likely to have together.
      if (json && typeof json === 'object' && ['google', 'noticeUrl', 'revision', 'categories', 'cookie'].some((key) => key in json)) {
        return { problem: 'wrongId', values: { id: script.id }, error: true };
      }
    } catch {
      // Not JSON, so not a config of ours (a JSON mistake in our own element is found by its id).
    }
  }
  return { problem: 'noConfig', error: true };
}

/** Why the config could not be read: JSON (with its line and the usual causes), empty, or not fetched. */
async function readProblems(facts: LoaderFacts): Promise<Found[]> {
  const { error, url } = facts;
  if (error instanceof Response) return [{ problem: 'configHttp', values: { url: url ?? '', status: error.status }, error: true }];
  if (!(error instanceof SyntaxError)) {
    if (url && error instanceof TypeError) return [{ problem: 'configUnreachable', values: { url }, error: true }];
    // Not the config's fault: say what stopped suostumus, as it is.
    return [{ problem: 'unexpected', values: { reason: error instanceof Error ? error.message : String(error) }, error: true }];
  }
  const element = document.getElementById('suostumus-config');
  const text = url ? await fetch(url, { credentials: 'same-origin' }).then((response) => response.text()).catch(() => '') : element?.textContent ?? '';
  if (!url && text.trim() === '') return [{ problem: 'empty', error: true }];
  // The line of the JSON's start in the file the owner edits: the page's HTML, or the JSON file itself.
  const file = url ?? location.pathname;
  const first = url ? 1 : await htmlLine();
  const lines = jsonMistakes(text, error.message).map(({ problem, line }) => ({ problem, values: { line: first + line - 1, file }, error: true }));
  const where = url ?? '<script id="suostumus-config">';
  return [{ problem: 'json', values: { where, reason: error.message }, error: true }, ...lines];
}

/**
 * The usual causes of a JSON syntax error (a comma after the last item, single quotes, comments, names
 * without quotes), each with its line in `text` (1 = the first), and the line the browser names
 * (Chromium and Firefox give one; WebKit does not) when no usual cause is found.
 */
export function jsonMistakes(text: string, browserMessage: string): { problem: CheckProblem; line: number }[] {
  // Strings blanked out (same length, so positions hold): a quote or comma inside a text is no mistake.
  const bare = text.replace(/"(?:[^"\\\n]|\\.)*"/g, (string) => `"${' '.repeat(string.length - 2)}"`);
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const causes: [CheckProblem, RegExp][] = [
    ['trailingComma', /,\s*[}\]]/], ['singleQuote', /'/], ['comment', /\/\/|\/\*/], ['unquotedKey', /[{,]\s*[A-Za-z_$][\w$]*\s*:/],
  ];
  const found = causes.flatMap(([problem, pattern]) => {
    const match = pattern.exec(bare);
    return match ? [{ problem, line: lineAt(match.index) }] : [];
  });
  if (found.length) return found;
  const line = /line (\d+)/.exec(browserMessage)?.[1];
  const position = /position (\d+)/.exec(browserMessage)?.[1];
  if (line) return [{ problem: 'jsonLine', line: Number(line) }];
  if (position) return [{ problem: 'jsonLine', line: lineAt(Number(position)) }];
  return [];
}

/** The line of the page's HTML on which the config element's content starts (1 when not found). */
async function htmlLine(): Promise<number> {
  try {
    // The page as the server sends it (the DOM keeps no line numbers); from the cache where it can.
    const html = await (await fetch(location.href, { cache: 'force-cache', credentials: 'same-origin' })).text();
    const at = html.search(/id\s*=\s*["']?suostumus-config/);
    return at < 0 ? 1 : html.slice(0, html.indexOf('>', at)).split('\n').length;
  } catch {
    return 1;
  }
}

/** A chunk that could not be fetched: which, where, and (on a development host) every file missing. */
async function chunkProblems(file: string, debug: boolean): Promise<Found[]> {
  const found: Found[] = [{ problem: 'chunk', values: { file, folder: folder.href }, error: true }];
  if (folder.origin !== location.origin) found.push({ problem: 'crossOrigin', values: { origin: folder.origin, page: location.origin }, error: true });
  if (debug) {
    const missing = await Promise.all(deliveryFiles().map(async (name) => {
      const response = await fetch(new URL(name, folder), { method: 'HEAD', cache: 'no-store' }).catch(() => undefined);
      return response?.status === 404 ? [name] : [];
    }));
    const files = missing.flat();
    if (files.length) found.push({ problem: 'chunkMissing', values: { folder: folder.href, files: files.join(', ') }, error: true });
  }
  return found;
}

/** What only a development host checks: the notice's address and the consent cookie's domain. */
async function siteProblems(config: SuostumusConfig, { describeStorageProblem }: ConfigModule): Promise<Found[]> {
  const found: Found[] = [];
  const { hostname } = location;
  const cookie = describeStorageProblem('refused', config, hostname);
  if (cookie.ownerCanFix) found.push({ problem: 'cookieDomain', values: { domain: config.cookie.domain ?? '', host: hostname }, error: true, console: [cookie.message.replace(/^suostumus: /, '')] });
  if (config.noticeUrl) {
    const notice = new URL(config.noticeUrl, location.href);
    // Another site's page cannot be read without its consent (CORS); only the site's own is checked.
    if (notice.origin === location.origin) {
      const response = await fetch(notice, { method: 'HEAD', cache: 'no-store' }).catch(() => undefined);
      if (response && response.status >= 400) found.push({ problem: 'noticeUrl', values: { url: config.noticeUrl, status: response.status }, error: false });
    }
  }
  return found;
}
