// The loader's small config check must give parseConfig's verdict and parseConfig's result, always:
// a config it accepted wrongly would start tracking on a config the site owner is told is broken.
import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { acceptConfig } from '../../src/core/config-fast.js';

/** parseConfig's answer: the config, or undefined when it throws. */
function full(input: unknown): unknown {
  try {
    return parseConfig(input);
  } catch {
    return undefined;
  }
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

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

const VALUES: unknown[] = [
  undefined, null, true, false, 0, 1, -1, 1.5, 182, 395, 396, 1_000_000, 1_000_001, '', ' ', 'x', 'x'.repeat(4001),
  'fi', 'de', 'G-ABCD1234', 'UA-1-1', 'GTM-ABCD12', 'GTM_1', 'basic', 'advanced', 'hidden', 'top', '/ok', '//evil.test',
  'javascript:alert(1)', 'data:text/html,x', 'https://ok.fi/x', 'https://bad host/', '#fff', 'red', '8px', 'a;b', 'ads',
  'Ads!', 'necessary', 'analytics', [], [1], {}, { fi: 'x' }, { de: 'x' }, { fi: '' }, { fi: { en: 'x' } }, { fi: undefined },
  { id: 'ads', title: 'x', description: 'y' }, { id: 'analytics' }, { name: 'a', provider: 'b' },
  { name: 'c', purpose: 'p', duration: 'd' },
];

function clone<T>(value: T): T {
  return structuredClone(value);
}

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

describe('acceptConfig: the same answer as parseConfig', () => {
  it('accepts the rich config with parseConfig\'s result, and the empty config', () => {
    expect(full(rich)).to.not.equal(undefined);
    expect(acceptConfig(rich)).to.deep.equal(full(rich));
    expect(acceptConfig({})).to.deep.equal(parseConfig({}));
  });

  it('rejects what parseConfig rejects, for the documented broken configs', () => {
    const broken: unknown[] = ['hello', [], null, { revison: 2 }, { google: {} }, { categories: null },
      { categories: [{ id: 'ads', description: 'y' }] }, { categories: [{ id: 'ads', title: 'x', description: 'y' }, { id: 'ads', title: 'x', description: 'y' }] },
      { categories: [{ id: 'analytics' }, { id: 'analytics' }] }, { notice: 'text' }, { notice: null }, { theme: { accent: 'red;x' } },
      { categories: [{ id: 'ads', title: { fi: { en: 'nested' } }, description: 'y' }] }];
    for (const input of broken) {
      expect(full(input), JSON.stringify(input)).to.equal(undefined);
      expect(acceptConfig(input), JSON.stringify(input)).to.equal(undefined);
    }
  });

  const seed = 20261123;
  it(`agrees on 10,000 mutated configs (seed ${seed})`, function () {
    this.timeout(30_000); // WebKit's deep comparisons take several seconds
    const next = random(seed);
    let accepted = 0;
    let rejected = 0;
    for (let i = 0; i < 10_000; i++) {
      const input = clone(rich) as unknown as Record<string, unknown>;
      const mutations = 1 + Math.floor(next() * 3);
      for (let m = 0; m < mutations; m++) {
        const spots = places(input);
        const [container, key] = spots[Math.floor(next() * spots.length)]!;
        const roll = next();
        if (roll < 0.15 && !Array.isArray(container)) Reflect.deleteProperty(container, key);
        else if (roll < 0.25 && !Array.isArray(container)) container[`${String(key)}x`] = 1;
        else container[key] = clone(VALUES[Math.floor(next() * VALUES.length)]);
      }
      const expected = full(input);
      const actual = acceptConfig(input);
      if (expected === undefined) rejected++;
      else accepted++;
      expect(actual, `case ${i}: ${JSON.stringify(input)}`).to.deep.equal(expected);
    }
    // Both answers must be common, or the test could not catch a check that says yes (or no) to everything.
    expect(accepted).to.be.above(500);
    expect(rejected).to.be.above(500);
  });
});
