// The check chunk (src/delivery.ts: check): what the loader fetches when something is wrong, or on a
// development host to look for the owner's common mistakes. Each problem goes to the console (English,
// one line each, as before this chunk existed); on a development host or with `data-debug` also to a
// panel on the page, in the page's language. Visitors of a live site never see the panel.
import { CHECK_MESSAGES } from '../../locales/check/index.js';
import { pageLanguage } from '../page/context.js';
import { fill, showPanel } from './panel.js';
import { findProblems } from './problems.js';
import type { Found, LoaderFacts } from './problems.js';

export type { LoaderFacts } from './problems.js';

/** The chunk's interface, as the loader imports it. */
export interface CheckModule {
  checkPage: typeof checkPage;
}

/** Problems already said on this page: the loader may call more than once (a chunk failing later). */
const said = new Set<string>();

/**
 * Finds the problems `facts` point to and says each once: in the console (errors as errors), and on a
 * development host in the panel. Never throws: a check that fails must not break the page.
 */
export function checkPage(facts: LoaderFacts): void {
  findProblems(facts).then((found) => {
    const fresh = found.filter((item) => {
      const key = `${item.problem} ${JSON.stringify(item.values)}`;
      if (said.has(key)) return false;
      said.add(key);
      return true;
    });
    for (const item of fresh) toConsole(item);
    if (facts.debug && fresh.length) showPanel(fresh, pageLanguage());
  }).catch((error: unknown) => { console.error('suostumus: the check failed', error); });
}

function toConsole(item: Found): void {
  const lines = item.console ?? [fill(CHECK_MESSAGES.en.problems[item.problem], item.values), ...(item.details ?? [])];
  for (const line of lines) (item.error ? console.error : console.warn)(`suostumus: ${line}`);
}
