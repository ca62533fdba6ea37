// browserCookies against the browser's real cookie jar: what suostumus 0.1 stored through js-cookie
// must still read the same, byte for byte, now that the loader writes document.cookie itself (issue 15).
import { expect } from '@open-wc/testing';
import { browserCookies } from '../../src/core/environment.js';
import { serializeRecord } from '../../src/core/storage.js';
import type { ConsentRecord } from '../../src/core/types.js';

const record: ConsentRecord = {
  id: '0b7a3c1e-4d2f-4a6b-9c8d-1e2f3a4b5c6d',
  revision: 3,
  timestamp: '2026-05-01T10:00:00.000Z',
  categories: { necessary: true, analytics: true, demographics: false },
  source: 'banner',
  language: 'sv',
};
const value = serializeRecord(record, 'localhost/');
/** The cookie exactly as js-cookie 3.0 wrote this value (`Cookies.set`), for the compatibility checks. */
const JS_COOKIE_WROTE = '{%22id%22:%220b7a3c1e-4d2f-4a6b-9c8d-1e2f3a4b5c6d%22%2C%22revision%22:3%2C%22timestamp%22:%222026-05-01T10:00:00.000Z%22%2C%22categories%22:{%22necessary%22:true%2C%22analytics%22:true%2C%22demographics%22:false}%2C%22source%22:%22banner%22%2C%22language%22:%22sv%22%2C%22scope%22:%22localhost/%22}';

const names = ['bc_test', 'bc%test', '__proto__', 'bc_other'];
const clear = (): void => {
  for (const name of names) document.cookie = `${name}=; path=/; max-age=0`;
};

describe('browserCookies (the real document.cookie)', () => {
  beforeEach(clear);
  afterEach(clear);

  it('writes a value as js-cookie did, and reads back what it wrote', () => {
    browserCookies.set('bc_test', value, { path: '/', maxAge: 3600, sameSite: 'Lax' });
    expect(document.cookie.split('; ')).to.include(`bc_test=${JS_COOKIE_WROTE}`);
    expect(browserCookies.getAll('bc_test')).to.deep.equal([value]);
    expect(browserCookies.all().bc_test).to.equal(value);
  });

  it('reads a cookie js-cookie wrote, and one in double quotes', () => {
    document.cookie = `bc_test=${JS_COOKIE_WROTE}; path=/`;
    expect(browserCookies.getAll('bc_test')).to.deep.equal([value]);
    document.cookie = 'bc_other="%7Bquoted%7D"; path=/';
    expect(browserCookies.getAll('bc_other')).to.deep.equal(['{quoted}']);
  });

  it('skips a value with a broken escape instead of failing every copy', () => {
    document.cookie = 'bc_test=%E0%A4%A; path=/';
    expect(browserCookies.getAll('bc_test')).to.deep.equal([]);
    expect(Object.keys(browserCookies.all())).not.to.include('bc_test');
  });

  it('writes and reads a name as it is (a config may name the cookie "bc%test")', () => {
    // js-cookie wrote this name as "bc%25test" and the read compared it with "bc%test": never found.
    browserCookies.set('bc%test', value, { path: '/' });
    expect(browserCookies.getAll('bc%test')).to.deep.equal([value]);
    browserCookies.remove('bc%test', { path: '/' });
    expect(browserCookies.getAll('bc%test')).to.deep.equal([]);
  });

  it('lists a cookie named __proto__ as a name, without touching any prototype', () => {
    document.cookie = '__proto__=x; path=/';
    const all = browserCookies.all();
    expect(Object.keys(all)).to.include('__proto__');
    expect(Object.getPrototypeOf(all)).to.equal(null);
  });

  it('removes a cookie on its path only', () => {
    browserCookies.set('bc_test', 'a', { path: '/' });
    browserCookies.remove('bc_test', { path: '/elsewhere' });
    expect(browserCookies.getAll('bc_test')).to.deep.equal(['a']);
    browserCookies.remove('bc_test', { path: '/' });
    expect(browserCookies.getAll('bc_test')).to.deep.equal([]);
  });
});
