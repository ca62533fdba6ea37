// Cases shared by the hardening suites: this one (Chromium, Firefox, WebKit through web-test-runner) and
// test/e2e/hardening.test.mjs (Chromium with real host names, Google stubbed).
export { PAYLOADS } from '../e2e/payloads.mjs';

// Each: [name, config text, a path (or message) the console must name]
export const BROKEN = [
  ['not JSON', '{ google: ', 'not valid JSON'],
  ['empty', '', 'is empty'],
  ['a JSON string', '"G-ABC"', '(config)'],
  ['a JSON array', '[]', '(config)'],
  ['null', 'null', '(config)'],
  ['unknown key', '{"revison":2}', 'revison'],
  ['Universal Analytics id', '{"google":{"measurementId":"UA-1-1"}}', 'google.measurementId'],
  ['measurement id with script', '{"google":{"measurementId":"G-1\\"><script>"}}', 'google.measurementId'],
  ['GTM id wrong', '{"google":{"tagManagerId":"GTM_1"}}', 'google.tagManagerId'],
  ['mode wrong', '{"google":{"measurementId":"G-ABCD1234","mode":"on"}}', 'google.mode'],
  ['google empty', '{"google":{}}', 'google'],
  ['google as string', '{"google":"G-ABCD1234"}', 'google'],
  ['revision as string', '{"revision":"2"}', 'revision'],
  ['revision negative', '{"revision":-3}', 'revision'],
  ['language unknown', '{"language":"de"}', 'language'],
  ['noticeUrl javascript:', '{"noticeUrl":"javascript:alert(1)"}', 'noticeUrl'],
  ['noticeUrl data:', '{"noticeUrl":"data:text/html,x"}', 'noticeUrl'],
  ['endpoint protocol-relative', '{"record":{"endpoint":"//evil.test/x"}}', 'record.endpoint'],
  ['cookie days too long', '{"cookie":{"days":9999}}', 'cookie.days'],
  ['cookie name with ;', '{"cookie":{"name":"a;b"}}', 'cookie.name'],
  ['cookie domain bad', '{"cookie":{"domain":"exa mple.fi"}}', 'cookie.domain'],
  ['respectGpc string', '{"respectGpc":"false"}', 'respectGpc'],
  ['categories object', '{"categories":{"ads":{}}}', 'categories'],
  ['category id bad', '{"categories":[{"id":"Ads!","title":"x","description":"y"}]}', 'categories[0].id'],
  ['category without title', '{"categories":[{"id":"ads","description":"y"}]}', 'categories[0].title'],
  ['privacyUrl javascript:', '{"categories":[{"id":"ads","title":"x","description":"y","services":[{"name":"a","provider":"b","privacyUrl":"javascript:x","cookies":[]}]}]}', 'categories[0].services[0].privacyUrl'],
  ['cookie entry not object', '{"categories":[{"id":"necessary","services":[{"name":"a","provider":"b","cookies":["x"]}]}]}', 'categories[0].services[0].cookies[0]'],
  ['theme colour injection', '{"theme":{"accent":"red;background:url(x)"}}', 'theme.accent'],
  ['ui position bad', '{"ui":{"settingsButton":"top"}}', 'ui.settingsButton'],
  ['notice not object', '{"notice":"text"}', 'notice'],
  ['huge text', JSON.stringify({ categories: [{ id: 'ads', title: 'x'.repeat(200_000), description: 'y' }] }), 'categories[0].title'],
  ['huge list', JSON.stringify({ categories: Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}`, title: 'x', description: 'y' })) }), 'categories'],
];
