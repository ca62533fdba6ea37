// The texts of an embed's placeholder (src/embed): a chunk of their own per language, fetched only on a
// page with an embed. `{provider}`, `{company}` stand for the provider's name and company (its facts are
// in src/core/embed-providers.ts). A locale that misses a key, or adds one, does not compile.

export interface EmbedMessages {
  /** What loading means, before the visitor decides: who gets which data, and cookies. */
  about: string;
  /** The same for an iframe of a site suostumus does not know; `{provider}` is its host name. */
  aboutOther: string;
  /** The link to the provider's privacy policy. */
  privacy: string;
  /** Loads this embed only, this time; a video starts playing. */
  play: string;
  load: string;
  /** Grants the embed's category: every embed that needs it loads, now and on later visits. */
  allow: string;
  /** Shown instead when the embed cannot be shown (its attributes are wrong; the console says why). */
  broken: string;
}
