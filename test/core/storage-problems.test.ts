// Issue #14 §5: a choice that cannot be kept is said, like a config error, and the record stays readable
// whatever the page has done to globals it relies on. A real store over an in-memory cookie jar.
import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { createConsent } from '../../src/core/consent.js';
import { memoryJar, testEnvironment } from './environment.js';

const config = parseConfig({ google: { measurementId: 'G-STORE1234' } });

function capturingErrors(run: () => void): string[] {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => { errors.push(args.map(String).join(' ')); };
  try {
    run();
  } finally {
    console.error = original;
  }
  return errors;
}

describe('storage problems', () => {
  it('the record stays readable when the page replaced JSON.stringify and Object.prototype.toJSON', () => {
    const jar = memoryJar();
    const stringify = JSON.stringify.bind(JSON);
    const proto = Object.prototype as { toJSON?: () => string };
    try {
      // What an old library does to the page's globals.
      proto.toJSON = () => 'prototype.js was here';
      JSON.stringify = (() => '"broken"') as typeof JSON.stringify;
      const errors = capturingErrors(() => { createConsent(config, testEnvironment({ jar })).acceptAll('banner'); });
      expect(errors, 'nothing to report').to.deep.equal([]);
    } finally {
      JSON.stringify = stringify;
      delete proto.toJSON;
    }
    const next = createConsent(config, testEnvironment({ jar }));
    expect(next.get().status, 'the next page view reads the decision').to.equal('decided');
    expect(next.get().categories.analytics).to.equal(true);
  });

  it('a cookie.domain that does not cover the host: the error names the setting, the host and the fix, once', () => {
    const jar = memoryJar();
    jar.refuse = true;
    const domainConfig = parseConfig({ google: { measurementId: 'G-STORE1234' }, cookie: { domain: 'example.fi' } });
    const env = testEnvironment({ jar, location: { protocol: 'https:', hostname: 'www.shop.example.test', pathname: '/' } });
    const store = createConsent(domainConfig, env);
    const errors = capturingErrors(() => { store.acceptAll('banner'); store.rejectAll('banner'); });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('cookie.domain: "example.fi" does not cover this host ("www.shop.example.test")');
    expect(errors[0]).to.contain('Set cookie.domain to a domain of this host, or leave it out.');
    expect(store.get().status, 'the page view still follows the choice').to.equal('decided');
    expect(store.storageFailed).to.equal(true);
  });

  it('cookies refused without a domain setting: warns that the browser did not store it (nothing in the config is wrong)', () => {
    const jar = memoryJar();
    jar.refuse = true;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
    let errors: string[];
    try {
      errors = capturingErrors(() => { createConsent(config, testEnvironment({ jar })).acceptAll('banner'); });
    } finally {
      console.warn = warn;
    }
    expect(errors, 'not an error').to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('the browser did not store the consent cookie "suostumus"');
  });

  it('another value read back (other code writes a cookie of that name): says so and names cookie.name', () => {
    const jar = memoryJar();
    const set = jar.set.bind(jar);
    jar.set = (name, _value, attributes) => { set(name, 'someone-else', attributes); };
    const errors = capturingErrors(() => { createConsent(config, testEnvironment({ jar })).acceptAll('banner'); });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('read back differs from what was written');
    expect(errors[0]).to.contain('cookie.name');
  });
});
