import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { MAX_RECORD_LENGTH, parseRecord } from '../../src/core/storage.js';
import type { ConsentRecord } from '../../src/core/types.js';

const config = parseConfig({ revision: 2, google: { measurementId: 'G-STORE1234' }, categories: [{ id: 'marketing', title: 'M', description: 'D' }] });

const valid: ConsentRecord = {
  id: '0b7a3c1e-4d2f-4a6b-9c8d-1e2f3a4b5c6d',
  revision: 2,
  timestamp: '2026-05-01T10:00:00.000Z',
  categories: { necessary: true, analytics: true, demographics: false, marketing: true },
  source: 'banner',
  language: 'fi',
};

const optional = ['analytics', 'demographics', 'marketing'];

function grantsSomething(record: ConsentRecord | undefined): boolean {
  return record !== undefined && optional.some((id) => record.categories[id]);
}

/** A seeded generator, so a failing case can be reproduced from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('stored record: parsing', () => {
  it('reads a well-formed record', () => {
    expect(parseRecord(JSON.stringify(valid), config)).to.deep.equal(valid);
  });

  const bad: [string, unknown][] = [
    ['not JSON', '{"id":'],
    ['an array', [valid]],
    ['null', null],
    ['a number', 42],
    ['an unknown field', { ...valid, admin: true }],
    ['a missing field', { ...valid, source: undefined }],
    ['a non-UUID id', { ...valid, id: 'x' }],
    ['a string revision', { ...valid, revision: '2' }],
    ['a fractional revision', { ...valid, revision: 2.5 }],
    ['a non-ISO timestamp', { ...valid, timestamp: 'yesterday' }],
    ['an unknown source', { ...valid, source: 'cookie-wall' }],
    ['an unknown language', { ...valid, language: 'de' }],
    ['categories as an array', { ...valid, categories: [true, true] }],
    ['a category as the string "true"', { ...valid, categories: { ...valid.categories, analytics: 'true' } }],
    ['a category as 1', { ...valid, categories: { ...valid.categories, analytics: 1 } }],
  ];
  for (const [name, value] of bad) {
    it(`treats ${name} as undecided`, () => {
      const raw = typeof value === 'string' ? value : JSON.stringify(value);
      expect(parseRecord(raw, config)).to.equal(undefined);
    });
  }

  it('treats an oversized value as undecided', () => {
    const raw = JSON.stringify({ ...valid, id: valid.id + ' '.repeat(MAX_RECORD_LENGTH) });
    expect(parseRecord(raw, config)).to.equal(undefined);
  });

  it('never reads inherited keys such as __proto__ as a grant', () => {
    const raw = '{"id":"0b7a3c1e-4d2f-4a6b-9c8d-1e2f3a4b5c6d","revision":2,"timestamp":"2026-05-01T10:00:00.000Z",'
      + '"categories":{"__proto__":{"analytics":true}},"source":"api","language":"en"}';
    const record = parseRecord(raw, config);
    expect(grantsSomething(record)).to.equal(false);
  });

  it('forces necessary on, drops unknown categories and refuses missing ones', () => {
    const record = parseRecord(JSON.stringify({ ...valid, categories: { necessary: false, analytics: true, old: true } }), config);
    expect(record?.categories).to.deep.equal({ necessary: true, analytics: true, demographics: false, marketing: false });
  });
});

describe('stored record: fuzzing the parser', () => {
  const seed = 20261123;
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const fragments = ['{', '}', '[', ']', '"', ':', ',', 'true', 'false', 'null', '1', '-1', '1e999', '"analytics"',
    '"categories"', '"__proto__"', '\\u0000', '\\', '%22', '%7B', ' ', 'NaN', '"id"', '{"analytics":true}'];

  function mutate(text: string): string {
    const chars = Array.from(text);
    const edits = 1 + Math.floor(next() * 4);
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(next() * (chars.length + 1));
      switch (Math.floor(next() * 4)) {
        case 0: chars.splice(at, 1); break;
        case 1: chars.splice(at, 0, pick(fragments)); break;
        case 2: chars[at] = String.fromCharCode(Math.floor(next() * 128)); break;
        default: chars.splice(at, Math.floor(next() * 20)); break;
      }
    }
    return chars.join('');
  }

  function randomValue(depth = 0): unknown {
    switch (Math.floor(next() * (depth > 2 ? 5 : 7))) {
      case 0: return next() < 0.5;
      case 1: return Math.floor(next() * 10) - 3;
      case 2: return pick(['', 'true', valid.id, valid.timestamp, 'banner', 'fi', 'x'.repeat(50)]);
      case 3: return null;
      case 4: return undefined;
      case 5: return Array.from({ length: Math.floor(next() * 3) }, () => randomValue(depth + 1));
      default: return Object.fromEntries(
        Array.from({ length: Math.floor(next() * 5) }, () => [pick([...optional, 'necessary', 'id', 'x']), randomValue(depth + 1)]),
      );
    }
  }

  it(`10,000 random and mutated values never throw and grant only through a well-formed record (seed ${seed})`, () => {
    const wellFormed = JSON.stringify(valid);
    let granted = 0;
    for (let i = 0; i < 10_000; i++) {
      let raw: string;
      switch (i % 4) {
        case 0: raw = mutate(wellFormed); break;
        case 1: raw = JSON.stringify({ ...valid, [pick(Object.keys(valid))]: randomValue() }); break;
        case 2: raw = JSON.stringify({ ...valid, categories: randomValue() }); break;
        default: raw = Array.from({ length: Math.floor(next() * 60) }, () => pick(fragments)).join(''); break;
      }
      let record: ConsentRecord | undefined;
      expect(() => { record = parseRecord(raw, config); }, raw).to.not.throw();
      if (grantsSomething(record)) {
        granted++;
        // Whatever got through must be a complete record that validates again as itself.
        expect(parseRecord(JSON.stringify(record), config), raw).to.deep.equal(record);
        const parsed = JSON.parse(raw) as Record<string, unknown>;
        expect(Object.keys(parsed).sort(), raw).to.deep.equal(Object.keys(valid).sort());
      }
    }
    // The generator must really reach the accepting path, or the test proves nothing.
    expect(granted).to.be.greaterThan(100);
  });
});
