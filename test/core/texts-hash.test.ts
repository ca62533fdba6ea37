import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { textsHash } from '../../src/core/texts-hash.js';

const site = {
  revision: 2,
  categories: [
    { id: 'analytics' },
    { id: 'marketing', title: { fi: 'Markkinointi', en: 'Marketing' }, description: 'Mainokset', services: [] },
  ],
};

/** FNV-1a 32 over UTF-16 code units, written out plainly: what a third party would recompute. */
function reference(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash = (hash ^ text.charCodeAt(i)) >>> 0;
    hash = Number((BigInt(hash) * 16777619n) % 4294967296n);
  }
  return hash.toString(16).padStart(8, '0');
}

describe('textsHash: the fingerprint of what the visitor was asked', () => {
  it('is 8 hex digits and the same for the same config and language', () => {
    const hash = textsHash(parseConfig(site), 'fi');
    expect(hash).to.match(/^[0-9a-f]{8}$/);
    expect(textsHash(parseConfig(site), 'fi')).to.equal(hash);
  });

  it('is FNV-1a (32 bit) of JSON [revision, language, categories], so anyone can recompute it', () => {
    const config = parseConfig(site);
    expect(textsHash(config, 'sv')).to.equal(reference(JSON.stringify([2, 'sv', config.categories])));
    expect(reference('')).to.equal('811c9dc5');
    expect(reference('a')).to.equal('e40c292c');
  });

  it('changes with the revision, the language, a category text and a listed cookie', () => {
    const base = textsHash(parseConfig(site), 'fi');
    const variants = [
      textsHash(parseConfig({ ...site, revision: 3 }), 'fi'),
      textsHash(parseConfig(site), 'en'),
      textsHash(parseConfig({ ...site, categories: [site.categories[0], { ...site.categories[1], description: 'Mainokset.' }] }), 'fi'),
      textsHash(parseConfig({
        ...site,
        categories: [site.categories[0], { ...site.categories[1], services: [{ name: 'Ads', provider: 'Ads Oy', cookies: [{ name: '_ad', purpose: 'Mainokset', duration: '1 vuosi' }] }] }],
      }), 'fi'),
    ];
    for (const variant of variants) expect(variant).to.not.equal(base);
    expect(new Set(variants).size).to.equal(variants.length);
  });

  it('is pinned for the three built-in categories, so a change to the scheme is never silent', () => {
    // Stored wordings are compared by this value: changing the scheme makes every wording look new.
    expect(textsHash(parseConfig({ google: { measurementId: 'G-PIN12345' } }), 'fi')).to.equal(PINNED_DEFAULT_FI);
  });
});

const PINNED_DEFAULT_FI = 'd10b2a48';
