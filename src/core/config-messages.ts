// The wording of config problems, for the check chunk only (the loader carries none): what each rule
// of the rulebook (config-rules.ts) asks for, and each kind of problem the walk (config-walk.ts) meets.
import { ANY_OBJECT, BOOLEAN, CATEGORIES, INTEGER, LINK, LIST, OBJECT, ONE_OF, STRING, TEXT } from './config-rules.js';
import type { Rule } from './config-rules.js';
import { DUPLICATE, MISSING, TOO_LONG, TOO_MANY, UNKNOWN_KEY } from './config-walk.js';
import type { Path, Why } from './config-walk.js';
import { describeValue } from './validate.js';

/** What a pattern stands for, by the place of its rule in the rulebook (list indexes left out). */
const PATTERNS: Readonly<Record<string, string>> = {
  'categories.id': 'an id of lowercase letters, digits, "-" and "_", starting with a letter',
  'categories.services.cookies.name': 'a cookie name without spaces, ";", "," or "="',
  'cookie.name': 'a cookie name of letters, digits and -_.',
  'cookie.domain': 'a host name such as "example.fi"',
  'cookie.path': 'a path starting with "/", without spaces, ";", quotes or backslashes',
  'google.measurementId': '"G-" followed by letters and digits',
  'google.tagManagerId': '"GTM-" followed by letters and digits',
  'theme.accent': 'a colour such as "#0b57a4" or "rgb(11 87 164)"',
  'theme.onAccent': 'a colour such as "#ffffff"',
  'theme.background': 'a colour such as "#ffffff"',
  'theme.text': 'a colour such as "#1d1d1f"',
  'theme.radius': 'a length such as "8px" or "0.5rem"',
  'theme.font': 'a font-family list such as "Inter, sans-serif"',
};

/** The place of a rule in the rulebook: the path without its list indexes. */
export function rulePlace(at: Path): string {
  return at.filter((key) => typeof key === 'string').join('.');
}

/** What `rule` asks for, in words ("a whole number from 1 to 395"). */
export function expected(rule: Rule, at: Path): string {
  switch (rule.k) {
    case STRING:
      return rule.p ? PATTERNS[rulePlace(at)] ?? 'a valid value' : 'a non-empty string';
    case INTEGER:
      return `a whole number from ${rule.min} to ${rule.max}`;
    case BOOLEAN:
      return 'true or false';
    case ONE_OF:
      return `one of ${rule.of.map((option) => `"${option}"`).join(', ')}`;
    case LINK:
      return rule.rel ? 'an http(s) URL or a path starting with "/"' : 'an http(s) URL';
    case TEXT:
      return 'a string or an object with "fi", "en" and/or "sv" strings';
    case LIST:
    case CATEGORIES:
      return 'an array';
    case OBJECT:
    case ANY_OBJECT:
      return 'an object';
  }
}

/** The message of one problem, as `Reporter` is told of it: "expected …, got …" and the like. */
export function message(at: Path, rule: Rule, value: unknown, why?: Why): string {
  switch (why) {
    case UNKNOWN_KEY:
      return `unknown key; expected one of ${'f' in rule ? Object.keys(rule.f).join(', ') : ''}`;
    case TOO_MANY:
      return `expected an array of at most ${'max' in rule ? rule.max : 0} items, got ${(value as unknown[]).length}`;
    case TOO_LONG:
      return `expected a text of at most ${'max' in rule ? rule.max : 0} characters, got ${describeValue(`${(value as string).length} characters`)}`;
    case DUPLICATE:
      return `duplicate category "${String(value)}"`;
    case MISSING: // google's `need`, the only one in the rulebook
      return 'expected a measurementId ("G-…") or a tagManagerId ("GTM-…")';
    default: {
      const mistake = googleIdMistake(rulePlace(at), value);
      return `expected ${expected(rule, at)}, got ${describeValue(value)}${mistake ? `: ${GOOGLE_ID_FIXES[mistake]}` : ''}`;
    }
  }
}

/**
 * The usual mistakes with Google's ids, recognised so that the fix can be named:
 * - `placeholder`: the `G-XXXXXXXXXX` / `GTM-XXXXXXX` of the README and Google's docs;
 * - `universal`: a `UA-` id of Universal Analytics, which stopped processing data on 1 July 2023
 *   (Google Analytics Help, "Universal Analytics has been replaced by Google Analytics 4");
 * - `container`: a Tag Manager id (`GTM-`) given as the measurement id;
 * - `measurement`: a measurement id (`G-`) given as the Tag Manager id.
 * `place` is the rule's place (`rulePlace`); undefined for any other place or value.
 */
export function googleIdMistake(place: string, value: unknown): GoogleIdMistake | undefined {
  if (typeof value !== 'string' || !place.startsWith('google.')) return undefined;
  const id = value.trim().toUpperCase();
  if (/^(G|GTM)-X+$/.test(id)) return 'placeholder';
  if (id.startsWith('UA-')) return 'universal';
  if (place === 'google.measurementId' && id.startsWith('GTM-')) return 'container';
  if (place === 'google.tagManagerId' && id.startsWith('G-')) return 'measurement';
  return undefined;
}
export type GoogleIdMistake = 'placeholder' | 'universal' | 'container' | 'measurement';

/** What to do about each mistake of `googleIdMistake`, in the console's words. */
const GOOGLE_ID_FIXES: Readonly<Record<GoogleIdMistake, string>> = {
  placeholder: 'this is the example\'s placeholder; put your own id, from Google Analytics: Admin > Data streams (G-…), or Tag Manager\'s workspace (GTM-…)',
  universal: 'Universal Analytics (UA-) stopped in July 2023; create a Google Analytics 4 property and use its measurement id (G-…)',
  container: 'this is a Tag Manager container id; put it in google.tagManagerId instead',
  measurement: 'this is a Google Analytics measurement id; put it in google.measurementId instead',
};
