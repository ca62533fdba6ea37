// The words for a choice that could not be stored. Like the config's messages they live in the check
// chunk (src/delivery.ts: configCheck), fetched only when there is something to say, so the loader that
// every page view runs carries none of them.
import type { StorageProblem } from './storage.js';
import type { SuostumusConfig } from './types.js';

/**
 * What to tell the site owner when the choice could not be stored, worded like a config error: which
 * setting, which host, what to do. `ownerCanFix` is false for cookies the visitor's browser blocks
 * (reported as a warning, not an error: nothing in the config is wrong).
 */
export function describeStorageProblem(problem: StorageProblem, config: SuostumusConfig, hostname: string): { message: string; ownerCanFix: boolean } {
  const { name, domain } = config.cookie;
  const holds = 'the visitor\'s choice holds for this page view only and they are asked again on the next page';
  if (problem === 'refused' && domain && !`.${hostname}`.endsWith(`.${domain.replace(/^\./, '')}`)) {
    return { ownerCanFix: true, message: `suostumus: config cookie.domain: "${domain}" does not cover this host ("${hostname}"), so the browser refuses the consent cookie; ${holds}. Set cookie.domain to a domain of this host, or leave it out.` };
  }
  if (problem === 'refused') {
    return { ownerCanFix: false, message: `suostumus: the browser did not store the consent cookie "${name}" on ${hostname} (cookies blocked?); ${holds}.` };
  }
  return { ownerCanFix: true, message: `suostumus: the consent cookie "${name}" read back differs from what was written: other code on this page writes a cookie of that name; ${holds}. Set cookie.name to a name of suostumus's own.` };
}
