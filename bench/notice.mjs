/* global customElements */
// Notice render time: <suostumus-notice> with the largest of the test fixtures (test/notice/fixtures,
// bundled from TypeScript here with Vite), and with ten times its content.
//
// "Ten times the sections" cannot be one notice: the model has the fifteen sections of GDPR article 13
// and at most 30 sections of a site's own (a cap that keeps a hostile config small). So the large variant
// is ten times the text: every section's own text repeated 10×, and its own sections ×10 (up to the cap).
import { join } from 'node:path';
import { build } from 'vite';
import { root } from './site.mjs';

const ELEMENT = 'suostumus-notice';
const LANGUAGES = ['fi', 'en', 'sv'];
const FIXED_KEYS = new Set(['title', 'updated', 'numbered', 'controller', 'contact', 'purposes', 'changes', 'sections']);

async function loadFixtures() {
  const output = await build({
    root, configFile: false, logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: join(root, 'test/notice/fixtures/index.ts'), formats: ['es'] } },
  });
  const code = (Array.isArray(output) ? output[0] : output).output[0].code;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.FIXTURES;
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLocalizedText = (value) => isObject(value) && Object.keys(value).every((key) => LANGUAGES.includes(key))
  && Object.values(value).every((text) => typeof text === 'string');

/** Rich text ten times over: a block or a list of blocks, or the same per language. */
function tenfold(rich) {
  if (isObject(rich) && !isLocalizedText(rich) && Object.keys(rich).every((key) => LANGUAGES.includes(key))) {
    return Object.fromEntries(Object.entries(rich).map(([language, blocks]) => [language, tenfold(blocks)]));
  }
  const blocks = Array.isArray(rich) ? rich : [rich];
  return Array.from({ length: 10 }, () => blocks).flat();
}

function tenTimes(notice) {
  const result = structuredClone(notice);
  if (result.intro !== undefined) result.intro = tenfold(result.intro);
  for (const [key, section] of Object.entries(result)) {
    if (FIXED_KEYS.has(key) || key === 'intro') continue;
    if (isObject(section) && !isLocalizedText(section) && !('p' in section) && !('list' in section)) {
      if (section.text !== undefined) section.text = tenfold(section.text);
    } else {
      result[key] = tenfold(section);
    }
  }
  const own = result.sections ?? [];
  const copies = Array.from({ length: 10 }, (_, k) => own.map(({ after: _after, ...section }) => ({
    ...section, id: k === 0 ? section.id : `${section.id}-${k + 1}`, text: tenfold(section.text),
  }))).flat().slice(0, 30);
  if (own.length > 0) result.sections = copies;
  return result;
}

/** The largest fixture (by its JSON), and the same with ten times the content. */
export async function noticeFixtures() {
  const fixtures = await loadFixtures();
  const largest = [...fixtures].sort((a, b) => JSON.stringify(b.notice).length - JSON.stringify(a.notice).length)[0];
  const variants = { largest: largest.notice, 'content ×10': tenTimes(largest.notice) };
  const sizes = Object.fromEntries(Object.entries(variants).map(([name, notice]) => [name, JSON.stringify(notice).length]));
  return { file: `test/notice/fixtures: ${largest.name}`, variants, sizes };
}

/** The page the element is measured on: the ordinary script tag, with the element in the body. */
export const NOTICE_PAGE = `<${ELEMENT}></${ELEMENT}>`;

/**
 * In the page: waits for the element to be defined and to have rendered a small notice (its texts are
 * a chunk of their own, fetched on the first render), then times setting the content until
 * updateComplete has resolved and one more animation frame has started. Returns { ms, sections }, the
 * latter counted as the elements with part "section" in its shadow root.
 */
export async function renderInPage({ element, content }) {
  const target = document.querySelector(element);
  const deadline = Date.now() + 10_000;
  const until = async (condition, what) => {
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`${element}: ${what} within 10 s`);
      await new Promise((resolve) => { setTimeout(resolve, 10); });
    }
  };
  await until(() => customElements.get(element) !== undefined, 'not defined');
  target.notice = { controller: { name: 'Warm-up Oy' } };
  await until(() => target.shadowRoot?.querySelector('article') !== null && target.shadowRoot?.querySelector('article') !== undefined, 'no warm-up render');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const start = performance.now();
  target.notice = content;
  await target.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const ms = performance.now() - start;
  return { ms, sections: target.shadowRoot?.querySelectorAll('[part~="section"]').length ?? 0 };
}

export const renderArgs = (content) => ({ element: ELEMENT, content });
