// The config rulebook's one walk, held to hand-written answers: what it accepts (the exact config, with
// its defaults), what it refuses (every problem, its path and today's wording), and that its two
// reporters — the loader's, which stops at the first problem, and the check chunk's, which words them
// all — always give the same verdict.
import { expect } from '@open-wc/testing';
import { CATEGORIES, CONFIG, LIST, OBJECT, STRING, TEXT } from '../../src/core/config-rules.js';
import type { Rule } from '../../src/core/config-rules.js';
import { expected } from '../../src/core/config-messages.js';
import { acceptConfig, defaultConfig, walkConfig } from '../../src/core/config-walk.js';
import type { Path } from '../../src/core/config-walk.js';
import { parseConfig, SuostumusConfigError } from '../../src/core/config.js';

/** parseConfig's problems as [path, message], or the config when there are none. */
function answer(input: unknown): unknown {
  try {
    return parseConfig(input);
  } catch (error) {
    expect(error).to.be.instanceOf(SuostumusConfigError);
    return (error as SuostumusConfigError).problems.map((p) => [p.path, p.message]);
  }
}

const BUILT_IN = [
  { id: 'necessary', services: [], required: true },
  { id: 'analytics', services: [], required: false },
  { id: 'demographics', services: [], required: false },
];
const EMBEDS = { id: 'embeds', services: [], required: false };
/** Without Google, a built-in optional category is offered only when the site lists it (issue 14). */
const NECESSARY_ONLY = [BUILT_IN[0]];
const DEFAULTS = {
  revision: 1,
  cookie: { name: 'suostumus', path: '/', days: 365, rejectDays: 182 },
  record: {},
  respectGpc: true,
  embeds: [],
  ui: { settingsButton: 'bottom-left' },
  theme: {},
};

const rich = {
  revision: 3,
  language: 'fi',
  noticeUrl: '/tietosuojaseloste',
  respectGpc: false,
  cookie: { name: 'consent', domain: 'example.fi', path: '/', days: 300, rejectDays: 100 },
  record: { endpoint: 'https://example.fi/consent' },
  google: { measurementId: 'G-ABCD1234', tagManagerId: 'GTM-ABCD12', mode: 'advanced' },
  notice: { controller: { name: 'Oy' } },
  ui: { settingsButton: 'bottom-right' },
  theme: { accent: '#00573f', onAccent: '#fff', background: 'rgb(1 2 3)', text: '#111', radius: '4px', font: 'Inter, sans-serif' },
  categories: [
    { id: 'necessary', services: [{ name: 'Shop', provider: 'Us', cookies: [{ name: 'cart', purpose: 'Cart', duration: '1 day' }] }] },
    { id: 'analytics', title: { fi: 'Analytiikka', en: 'Analytics' }, description: 'Kävijämäärät' },
    {
      id: 'marketing', title: 'Markkinointi', description: { fi: 'Mainokset', sv: 'Reklam' },
      services: [{
        name: 'Meta', provider: 'Meta Platforms', purpose: 'Ads', privacyUrl: 'https://meta.example/privacy',
        cookies: [{ name: '_fbp', purpose: { fi: 'Seuranta' }, duration: '3 kk', provider: 'Meta', thirdParty: true }],
      }],
    },
  ],
};

const RICH_CONFIG = {
  ...rich,
  embeds: [],
  categories: [
    { id: 'necessary', required: true, services: [{ name: 'Shop', provider: 'Us', cookies: [{ name: 'cart', purpose: 'Cart', duration: '1 day' }] }] },
    { id: 'analytics', required: false, services: [], title: { fi: 'Analytiikka', en: 'Analytics' }, description: 'Kävijämäärät' },
    { id: 'demographics', required: false, services: [] },
    {
      id: 'marketing', required: false, title: 'Markkinointi', description: { fi: 'Mainokset', sv: 'Reklam' },
      services: [{
        name: 'Meta', provider: 'Meta Platforms', purpose: 'Ads', privacyUrl: 'https://meta.example/privacy',
        cookies: [{ name: '_fbp', purpose: { fi: 'Seuranta' }, duration: '3 kk', provider: 'Meta', thirdParty: true }],
      }],
    },
  ],
};

describe('config walk: what it accepts, with every default', () => {
  const accepted: [string, unknown, unknown][] = [
    ['the empty config', {}, { ...DEFAULTS, categories: NECESSARY_ONLY }],
    ['every field given', rich, RICH_CONFIG],
    ['a cookie domain only: the cookie\'s other defaults stay', { cookie: { domain: '.example.fi' } },
      { ...DEFAULTS, categories: NECESSARY_ONLY, cookie: { ...DEFAULTS.cookie, domain: '.example.fi' } }],
    ['a tag manager id alone, mode defaulted', { google: { tagManagerId: 'GTM-ABCD12' } },
      { ...DEFAULTS, categories: BUILT_IN, google: { tagManagerId: 'GTM-ABCD12', mode: 'basic' } }],
    ['the edges of each range', { revision: 0, cookie: { days: 395, rejectDays: 1 } },
      { ...DEFAULTS, revision: 0, categories: NECESSARY_ONLY, cookie: { ...DEFAULTS.cookie, days: 395, rejectDays: 1 } }],
    ['a built-in category given a title only', { categories: [{ id: 'analytics', title: 'A' }] },
      { ...DEFAULTS, categories: [BUILT_IN[0], { ...BUILT_IN[1], title: 'A' }] }],
    ['a site category: texts of 4,000 characters, a key left undefined', {
      categories: [{ id: 'x-1', title: 't'.repeat(4000), description: { sv: 'd'.repeat(4000), fi: undefined } }],
    }, {
      ...DEFAULTS,
      categories: [...NECESSARY_ONLY, { id: 'x-1', services: [], required: false, title: 't'.repeat(4000), description: { sv: 'd'.repeat(4000) } }],
    }],
    ['a relative notice URL and endpoint', { noticeUrl: '/seloste', record: { endpoint: '/api/consent' } },
      { ...DEFAULTS, categories: NECESSARY_ONLY, noticeUrl: '/seloste', record: { endpoint: '/api/consent' } }],
    // Issue 20: the embeds category is offered where an embed needs it — the config names a provider ...
    ['embed providers: the embeds category is offered', { embeds: ['youtube', 'google-maps'] },
      { ...DEFAULTS, embeds: ['youtube', 'google-maps'], categories: [...NECESSARY_ONLY, EMBEDS] }],
    // ... or lists the category; Google alone does not bring it.
    ['the embeds category listed', { categories: [{ id: 'embeds' }] }, { ...DEFAULTS, categories: [...NECESSARY_ONLY, EMBEDS] }],
    ['Google alone: no embeds category', { google: { measurementId: 'G-ABCD1234' } },
      { ...DEFAULTS, categories: BUILT_IN, google: { measurementId: 'G-ABCD1234', mode: 'basic' } }],
  ];

  for (const [name, input, config] of accepted) {
    it(name, () => {
      expect(acceptConfig(input)).to.deep.equal(config);
      expect(parseConfig(input)).to.deep.equal(config);
    });
  }

  it('an embed on the page that needs the embeds category has it offered (issue 20)', () => {
    const config = { ...DEFAULTS, categories: [...NECESSARY_ONLY, EMBEDS] };
    expect(acceptConfig({}, true)).to.deep.equal(config);
    expect(parseConfig({}, true)).to.deep.equal(config);
    expect(acceptConfig({}, false)).to.deep.equal({ ...DEFAULTS, categories: NECESSARY_ONLY });
  });

  it('keeps the notice as given (src/notice checks it where it is rendered)', () => {
    const notice = { anything: [1, 2] };
    expect(acceptConfig({ notice })!.notice).to.equal(notice);
    expect(parseConfig({ notice }).notice).to.equal(notice);
  });

  it('gives fresh objects: changing one config changes no other', () => {
    const first = acceptConfig({})!;
    first.cookie.days = 1;
    first.categories[0]!.services.push({ name: 'x', provider: 'y', cookies: [] });
    expect(acceptConfig({})).to.deep.equal({ ...DEFAULTS, categories: NECESSARY_ONLY });
  });

  it('defaultConfig: the defaults without any category', () => {
    expect(defaultConfig()).to.deep.equal({ ...DEFAULTS, categories: [] });
    expect(defaultConfig()).to.not.equal(defaultConfig());
  });
});

describe('config walk: what it refuses, every problem worded as before', () => {
  const ID = 'an id of lowercase letters, digits, "-" and "_", starting with a letter';
  const TEXT_WORDS = 'a string or an object with "fi", "en" and/or "sv" strings';
  const refused: [string, unknown, [string, string][]][] = [
    ['not an object', 'hello', [['(config)', 'expected an object, got "hello"']]],
    ['an array', [], [['(config)', 'expected an object, got an array']]],
    ['null', null, [['(config)', 'expected an object, got null']]],
    ['an unknown key', { revison: 2 }, [['revison',
      'unknown key; expected one of revision, language, noticeUrl, categories, cookie, record, respectGpc, google, embeds, notice, ui, theme']]],
    ['a fractional revision', { revision: 1.5 }, [['revision', 'expected a whole number from 0 to 1000000, got 1.5']]],
    ['null for a field with a default', { respectGpc: null }, [['respectGpc', 'expected true or false, got null']]],
    ['an unknown language', { language: 'de' }, [['language', 'expected one of "fi", "en", "sv", got "de"']]],
    ['a protocol-relative URL', { noticeUrl: '//evil.test/x' },
      [['noticeUrl', 'expected an http(s) URL or a path starting with "/", got "//evil.test/x"']]],
    ['a data: endpoint', { record: { endpoint: 'data:text/plain,x' } },
      [['record.endpoint', 'expected an http(s) URL or a path starting with "/", got "data:text/plain,x"']]],
    ['the cookie: unknown keys first, then each field in order', { cookie: { days: 0, name: 'my consent', sameSite: 'None' } }, [
      ['cookie.sameSite', 'unknown key; expected one of name, domain, path, days, rejectDays'],
      ['cookie.name', 'expected a cookie name of letters, digits and -_., got "my consent"'],
      ['cookie.days', 'expected a whole number from 1 to 395, got 0'],
    ]],
    ['google without an id', { google: {} }, [['google', 'expected a measurementId ("G-…") or a tagManagerId ("GTM-…")']]],
    ['google with a bad id: both problems', { google: { measurementId: 'UA-1-1', mode: 'on' } }, [
      // Issue 17: a Universal Analytics id is named, with what to do instead.
      ['google.measurementId', 'expected "G-" followed by letters and digits, got "UA-1-1": Universal Analytics (UA-) stopped in July 2023; create a Google Analytics 4 property and use its measurement id (G-…)'],
      ['google.mode', 'expected one of "basic", "advanced", got "on"'],
    ]],
    ['google as a string: not asked for an id', { google: 'G-ABCD1234' }, [['google', 'expected an object, got "G-ABCD1234"']]],
    ['the notice not an object', { notice: 'text' }, [['notice', 'expected an object, got "text"']]],
    ['too many categories', { categories: Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, title: 'x', description: 'y' })) },
      [['categories', 'expected an array of at most 20 items, got 21']]],
    ['categories not a list', { categories: { ads: {} } }, [['categories', 'expected an array, got an object']]],
    ['a bad category id: nothing else of it is checked', { categories: [{ id: 'Ads!', title: 5 }] },
      [['categories[0].id', `expected ${ID}, got "Ads!"`]]],
    ['a missing category id', { categories: [{ title: 'x', description: 'y' }] }, [['categories[0].id', `expected ${ID}, got undefined`]]],
    ['a duplicate category: nothing else of it is checked', { categories: [{ id: 'ads', title: 'x', description: 'y' }, { id: 'ads', title: 5 }] },
      [['categories[1].id', 'duplicate category "ads"']]],
    ['a built-in category twice', { categories: [{ id: 'analytics' }, { id: 'analytics' }] }, [['categories[1].id', 'duplicate category "analytics"']]],
    ['a site category without its texts', { categories: [{ id: 'ads' }] }, [
      ['categories[0].title', `expected ${TEXT_WORDS}, got undefined`],
      ['categories[0].description', `expected ${TEXT_WORDS}, got undefined`],
    ]],
    ['texts: empty object, blank string', { categories: [{ id: 'ads', title: {}, description: ' ' }] }, [
      ['categories[0].title', `expected ${TEXT_WORDS}, got an object`],
      ['categories[0].description', `expected ${TEXT_WORDS}, got " "`],
    ]],
    ['texts: an unknown language, an empty one, too long', {
      categories: [{ id: 'ads', title: { de: 'x', fi: '', en: { sv: 'x' } }, description: 'x'.repeat(4001) }],
    }, [
      ['categories[0].title.de', 'unknown key; expected one of fi, en, sv'],
      ['categories[0].title.fi', 'expected a non-empty string, got ""'],
      ['categories[0].title.en', 'expected a non-empty string, got an object'],
      ['categories[0].description', 'expected a text of at most 4000 characters, got "4001 characters"'],
    ]],
    ['a language text too long', { categories: [{ id: 'necessary', description: { sv: 'x'.repeat(4001) } }] },
      [['categories[0].description.sv', 'expected a text of at most 4000 characters, got "4001 characters"']]],
    ['services and cookies, each field in order', {
      categories: [{
        id: 'necessary',
        services: [{ cookies: [{ name: 'a b', purpose: 'p', duration: 'd', thirdParty: 'yes' }, 'x'], privacyUrl: '/relative', name: '' }],
      }],
    }, [
      ['categories[0].services[0].name', 'expected a non-empty string, got ""'],
      ['categories[0].services[0].provider', 'expected a non-empty string, got undefined'],
      ['categories[0].services[0].privacyUrl', 'expected an http(s) URL, got "/relative"'],
      ['categories[0].services[0].cookies[0].name', 'expected a cookie name without spaces, ";", "," or "=", got "a b"'],
      ['categories[0].services[0].cookies[0].thirdParty', 'expected true or false, got "yes"'],
      ['categories[0].services[0].cookies[1]', 'expected an object, got "x"'],
    ]],
    ['the theme', { theme: { accent: 'red;x', radius: '8', font: 'x' } }, [
      ['theme.accent', 'expected a colour such as "#0b57a4" or "rgb(11 87 164)", got "red;x"'],
      ['theme.radius', 'expected a length such as "8px" or "0.5rem", got "8"'],
    ]],
    ['an embed provider suostumus does not know', { embeds: ['youtube', 'tiktok'] }, [
      ['embeds[1]', 'expected one of "youtube", "vimeo", "google-maps", got "tiktok"'],
    ]],
    ['the settings button', { ui: { settingsButton: 'top', at: 1 } }, [
      ['ui.at', 'unknown key; expected one of settingsButton'],
      ['ui.settingsButton', 'expected one of "bottom-left", "bottom-right", "hidden", got "top"'],
    ]],
    ['problems in the rulebook\'s order, whatever the order of the keys', { theme: { text: 'x' }, revision: '2', categories: 1 }, [
      ['revision', 'expected a whole number from 0 to 1000000, got "2"'],
      ['categories', 'expected an array, got 1'],
      ['theme.text', 'expected a colour such as "#1d1d1f", got "x"'],
    ]],
  ];

  for (const [name, input, problems] of refused) {
    it(name, () => {
      expect(answer(input)).to.deep.equal(problems);
      expect(acceptConfig(input)).to.equal(undefined);
    });
  }
});

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const VALUES: unknown[] = [
  undefined, null, true, false, 0, 1, -1, 1.5, 182, 395, 396, 1_000_000, 1_000_001, '', ' ', 'x', 'x'.repeat(4001),
  'fi', 'de', 'G-ABCD1234', 'UA-1-1', 'GTM-ABCD12', 'GTM_1', 'basic', 'advanced', 'hidden', 'top', '/ok', '//evil.test',
  'javascript:alert(1)', 'data:text/html,x', 'https://ok.fi/x', 'https://bad host/', '#fff', 'red', '8px', 'a;b', 'ads',
  'Ads!', 'necessary', 'analytics', [], [1], {}, { fi: 'x' }, { de: 'x' }, { fi: '' }, { fi: { en: 'x' } }, { fi: undefined },
  { id: 'ads', title: 'x', description: 'y' }, { id: 'analytics' }, { name: 'a', provider: 'b' },
  { name: 'c', purpose: 'p', duration: 'd' }, Array.from({ length: 60 }, () => ({ name: 'a', provider: 'b' })),
];

/** Every [container, key] in a value, to pick a place to mutate. */
function places(value: unknown, out: [Record<string | number, unknown>, string | number][] = []): typeof out {
  if (typeof value !== 'object' || value === null) return out;
  const container = value as Record<string | number, unknown>;
  for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    out.push([container, key]);
    places(container[key], out);
  }
  return out;
}

/** The value at a problem's path, read from the input (undefined when a step is missing). */
function at(input: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], input);
}

describe('config walk: one walk, two reporters', () => {
  const seed = 20261130;
  it(`the loader's reporter refuses exactly what the check chunk's reports, on 5,000 mutated configs (seed ${seed})`, function () {
    this.timeout(30_000);
    const next = random(seed);
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 5_000; i++) {
      const input = structuredClone(rich) as unknown as Record<string, unknown>;
      const mutations = 1 + Math.floor(next() * 3);
      for (let m = 0; m < mutations; m++) {
        const spots = places(input);
        const [container, key] = spots[Math.floor(next() * spots.length)]!;
        const roll = next();
        if (roll < 0.15 && !Array.isArray(container)) Reflect.deleteProperty(container, key);
        else if (roll < 0.25 && !Array.isArray(container)) container[`${String(key)}x`] = 1;
        else container[key] = structuredClone(VALUES[Math.floor(next() * VALUES.length)]);
      }
      const seen: Path[] = [];
      const walked = walkConfig(input, (path) => { seen.push(path); });
      const fast = acceptConfig(input);
      const full = answer(input);
      const context = `case ${i}: ${JSON.stringify(input)}`;
      if (seen.length === 0) {
        accepted++;
        expect(fast, context).to.deep.equal(walked);
        expect(full, context).to.deep.equal(walked);
      } else {
        refused++;
        expect(fast, context).to.equal(undefined);
        expect((full as unknown[]).length, context).to.equal(seen.length);
        // Each problem names a real place: at least its parent is in the input (a missing field is the child).
        for (const path of seen) expect(path.length === 0 || at(input, path.slice(0, -1)) !== undefined, context).to.equal(true);
      }
    }
    // Both answers must be common, or the test could not catch a walk that says yes (or no) to everything.
    expect(accepted).to.be.above(300);
    expect(refused).to.be.above(300);
  });

  it('every patterned string in the rulebook has its own wording in the check chunk', () => {
    const patterned: string[] = [];
    const visit = (rule: Rule, path: (string | number)[]): void => {
      if (rule.k === STRING && rule.p) {
        patterned.push(path.join('.'));
        expect(expected(rule, path), path.join('.')).to.not.equal('a valid value');
      }
      if (rule.k === OBJECT || rule.k === TEXT) for (const [key, field] of Object.entries(rule.f)) visit(field, [...path, key]);
      if (rule.k === LIST || rule.k === CATEGORIES) visit(rule.of, path);
    };
    visit(CONFIG, []);
    expect(patterned).to.have.length(13);
  });
});
