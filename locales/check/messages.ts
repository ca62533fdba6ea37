// The words of the check chunk (src/check): the owner's common mistakes, each with its fix, shown in the
// development panel in the page's language. The console speaks English (en.ts). A template's `{name}` is
// filled in by the check (src/check/problems.ts says what each one gets); text only, never HTML.

/** Every problem the check can name; see src/check/problems.ts for when each is found. */
export type CheckProblem =
  | 'configInvalid' | 'placeholder' | 'universal' | 'container' | 'measurement'
  | 'json' | 'jsonLine' | 'trailingComma' | 'singleQuote' | 'comment' | 'unquotedKey' | 'empty'
  | 'configHttp' | 'configUnreachable' | 'noConfig' | 'wrongId'
  | 'googleTag' | 'googleTagGranted' | 'chunk' | 'chunkMissing' | 'crossOrigin'
  | 'noticeUrl' | 'cookieDomain' | 'unexpected'
  | 'embedProvider' | 'embedTitle' | 'embedVideoSrc' | 'embedMapSrc' | 'embedHttps';

export interface CheckMessages {
  /** The panel's heading; `{count}` problems. */
  heading: string;
  /** Why the panel is there, and that visitors never see it; `{host}`. */
  note: string;
  /** The panel's close button. */
  close: string;
  problems: Record<CheckProblem, string>;
}
