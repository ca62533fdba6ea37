// The check's words in English; also what the console says (src/check/problems.ts).
import type { CheckMessages } from './messages.js';

export const en: CheckMessages = {
  heading: 'suostumus: {count} to fix on this page',
  note: 'You see this because the page is on a development host ({host}) or its script tag has data-debug. Visitors of your live site never see this panel: there suostumus writes these lines in the browser console and starts nothing that needs consent.',
  close: 'Close',
  problems: {
    configInvalid: 'the config has {count} mistake(s), so nothing that needs consent was started. Correct each field below:',
    placeholder: '{path} is "{value}", the example\'s placeholder. Put your own id: Google Analytics, Admin > Data streams (G-…), or your Tag Manager workspace (GTM-…).',
    universal: '{path} is "{value}", a Universal Analytics id. Universal Analytics stopped in July 2023: create a Google Analytics 4 property and use its measurement id (G-…).',
    container: '{path} is "{value}", a Tag Manager container id. Move it to google.tagManagerId.',
    measurement: '{path} is "{value}", a Google Analytics measurement id. Move it to google.measurementId.',
    json: 'the config in {where} is not valid JSON ({reason}), so nothing that needs consent was started.',
    jsonLine: 'The mistake is at line {line} of {file}.',
    trailingComma: 'Line {line}: a comma before } or ]. JSON allows no comma after the last item: remove it.',
    singleQuote: 'Line {line}: single quotes. JSON needs double quotes "like this".',
    comment: 'Line {line}: a comment. JSON has no comments: remove it.',
    unquotedKey: 'Line {line}: a name without quotes. Write "google": rather than google:.',
    empty: 'the config element <script id="suostumus-config"> is empty; write {} for the defaults. Nothing that needs consent was started.',
    configHttp: 'could not load the config from {url} (HTTP {status}); nothing that needs consent was started. Check the data-config address and that the file is uploaded.',
    configUnreachable: 'could not load the config from {url}; nothing that needs consent was started. Check the data-config address; a file on another site needs the header Access-Control-Allow-Origin.',
    noConfig: 'no config found, so there is nothing to ask and Google Analytics is not started. Add <script type="application/json" id="suostumus-config">{ … }</script> to the page.',
    wrongId: 'the config element has id="{id}"; suostumus reads only id="suostumus-config". Change the id.',
    googleTag: 'Google\'s own tag is on the page ({url}): it loads Google before any consent, which Finnish law forbids. Remove Google\'s snippet from the page: suostumus loads Google Analytics itself once the visitor allows it.',
    googleTagGranted: 'Google\'s own tag is on the page too ({url}): for visitors who have not allowed analytics it loads Google before their consent. Remove Google\'s snippet from the page: suostumus loads Google Analytics itself.',
    chunk: '{file} could not be loaded from {folder}, so part of suostumus is missing. Copy every suostumus*.js file of the release next to suostumus.js.',
    chunkMissing: 'These files are missing from {folder}: {files}. Copy them next to suostumus.js.',
    crossOrigin: 'suostumus.js is served from another site ({origin}): its files need the header Access-Control-Allow-Origin: {page}.',
    noticeUrl: 'noticeUrl "{url}" answers HTTP {status}: the banner\'s link to your privacy notice leads nowhere. Give the notice page\'s real address (on many hosts it ends in .html).',
    unexpected: 'stopped: {reason}; nothing that needs consent was started.',
    cookieDomain: 'cookie.domain "{domain}" does not cover this host ({host}): the browser refuses the consent cookie and visitors are asked again on every page. Set cookie.domain to a domain of this host, or leave it out.',
  },
};
