// Issue #14 §5: a choice that cannot be kept is said, like a config error, and the record stays readable
// whatever the page has done to globals it relies on. A real store over an in-memory cookie jar; the
// store reports the problem once, and describeStorageProblem words it (in the check chunk).
import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { createConsent } from '../../src/core/consent.js';
import { describeStorageProblem } from '../../src/core/storage-messages.js';
import type { StorageProblem } from '../../src/core/storage.js';
import { memoryJar, testEnvironment } from './environment.js';
import type { RecordingJar } from './environment.js';

const config = parseConfig({ google: { measurementId: 'G-STORE1234' } });

function decide(jar: RecordingJar, which = config, hostname = 'www.example.test'): { problems: StorageProblem[]; status: string } {
  const problems: StorageProblem[] = [];
  const store = createConsent(which, {
    ...testEnvironment({ jar, location: { protocol: 'https:', hostname, pathname: '/' } }),
    reportStorageProblem: (problem) => { problems.push(problem); },
  });
  store.acceptAll('banner');
  store.rejectAll('banner');
  return { problems, status: store.get().status };
}

describe('storage problems', () => {
  it('the record stays readable when the page replaced JSON.stringify and Object.prototype.toJSON', () => {
    const jar = memoryJar();
    const stringify = JSON.stringify.bind(JSON);
    const proto = Object.prototype as { toJSON?: () => string };
    let problems: StorageProblem[];
    try {
      // What an old library does to the page's globals.
      proto.toJSON = () => 'prototype.js was here';
      JSON.stringify = (() => '"broken"') as typeof JSON.stringify;
      ({ problems } = decide(jar));
    } finally {
      JSON.stringify = stringify;
      delete proto.toJSON;
    }
    expect(problems, 'nothing to report').to.deep.equal([]);
    const next = createConsent(config, testEnvironment({ jar }));
    expect(next.get().status, 'the next page view reads the decision').to.equal('decided');
  });

  it('a cookie.domain that does not cover the host: reported once; the words name the setting, the host and the fix', () => {
    const jar = memoryJar();
    jar.refuse = true;
    const domainConfig = parseConfig({ google: { measurementId: 'G-STORE1234' }, cookie: { domain: 'example.fi' } });
    const { problems, status } = decide(jar, domainConfig, 'www.shop.example.test');
    expect(problems, 'once, for two decisions').to.deep.equal(['refused']);
    expect(status, 'the page view still follows the choice').to.equal('decided');
    const { message, ownerCanFix } = describeStorageProblem('refused', domainConfig, 'www.shop.example.test');
    expect(ownerCanFix).to.equal(true);
    expect(message).to.contain('cookie.domain: "example.fi" does not cover this host ("www.shop.example.test")');
    expect(message).to.contain('Set cookie.domain to a domain of this host, or leave it out.');
  });

  it('cookies refused without a domain setting: the browser did not store it, and nothing in the config is wrong', () => {
    const jar = memoryJar();
    jar.refuse = true;
    expect(decide(jar).problems).to.deep.equal(['refused']);
    const { message, ownerCanFix } = describeStorageProblem('refused', config, 'www.example.test');
    expect(ownerCanFix).to.equal(false);
    expect(message).to.contain('the browser did not store the consent cookie "suostumus"');
  });

  it('another value read back (other code writes a cookie of that name): reported, and the words name cookie.name', () => {
    const jar = memoryJar();
    const set = jar.set.bind(jar);
    jar.set = (name, _value, attributes) => { set(name, 'someone-else', attributes); };
    expect(decide(jar).problems).to.deep.equal(['changed']);
    const { message, ownerCanFix } = describeStorageProblem('changed', config, 'www.example.test');
    expect(ownerCanFix).to.equal(true);
    expect(message).to.contain('read back differs from what was written');
    expect(message).to.contain('cookie.name');
  });
});
