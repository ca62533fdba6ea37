/* global customElements */
// Notice render time: <suostumus-notice> with the largest fixture of test/notice/fixtures, and with that
// fixture's sections repeated 10×. Runs only when the build defines the element and a fixture exists;
// otherwise it says why and is skipped.
//
// The element's API was still being written when this was: the two constants below are the guesses to
// check once it lands (the property that takes the notice content, and the array in a fixture that
// holds its sections).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './site.mjs';

const CONTENT_PROPERTY = 'notice';
const SECTIONS_KEY = 'sections';
const ELEMENT = 'suostumus-notice';
const fixturesDir = join(root, 'test', 'notice', 'fixtures');

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map((name) => join(dir, String(name))).filter((file) => statSync(file).isFile());
}

/** Why the notice cannot be measured yet, or undefined when it can. */
export function noticeUnavailable() {
  const built = filesUnder(join(root, 'dist')).some((file) => file.endsWith('.js') && readFileSync(file, 'utf8').includes(ELEMENT));
  if (!built) return 'not built yet';
  if (!fixtureFiles().length) return 'no JSON fixture in test/notice/fixtures yet';
  return undefined;
}

function fixtureFiles() {
  return filesUnder(fixturesDir).filter((file) => file.endsWith('.json'));
}

/**
 * The largest fixture (by file size), and the same with its sections repeated 10× (copies get unique
 * ids and go last). The element validates what it is given, so the number of sections it actually
 * rendered is reported next to each time.
 */
export function noticeFixtures() {
  const [file] = fixtureFiles().sort((a, b) => statSync(b).size - statSync(a).size);
  const content = JSON.parse(readFileSync(file, 'utf8'));
  const sections = content[SECTIONS_KEY];
  if (!Array.isArray(sections) || sections.length === 0) throw new Error(`${file.slice(root.length)}: no "${SECTIONS_KEY}" to repeat`);
  const copies = Array.from({ length: 9 }, (_, k) => sections.map(({ after: _after, ...section }) => ({ ...section, id: `${section.id}-${k + 2}` })));
  const repeated = { ...content, [SECTIONS_KEY]: [...sections, ...copies.flat()] };
  return { file: file.slice(root.length), variants: { largest: content, 'sections ×10': repeated } };
}

/** The page the element is measured on: the ordinary script tag, with the element in the body. */
export const NOTICE_PAGE = `<${ELEMENT}></${ELEMENT}>`;

/**
 * In the page: waits for the element to be defined and idle, then times setting its content until
 * updateComplete has resolved and one more animation frame has started. Returns { ms, sections }, the
 * latter counted as the elements with part "section" in its shadow root.
 */
export async function renderInPage({ element, property, content }) {
  const target = document.querySelector(element);
  const timeout = new Promise((_, reject) => { setTimeout(() => { reject(new Error(`${element} was not defined within 10 s`)); }, 10_000); });
  await Promise.race([customElements.whenDefined(element), timeout]);
  await target.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const start = performance.now();
  target[property] = content;
  await target.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const ms = performance.now() - start;
  return { ms, sections: target.shadowRoot?.querySelectorAll('[part~="section"]').length ?? 0 };
}

export const renderArgs = (content) => ({ element: ELEMENT, property: CONTENT_PROPERTY, content });
