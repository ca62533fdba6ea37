// npm entry: the headless core, `startSuostumus`, the config's types and the elements' types. Importing it
// has no side effects, and it imports no Lit, no UI, no notice and no texts: `startSuostumus` fetches
// those through dynamic `import()`, so an app's bundler makes them lazy chunks. The element classes by
// hand: `suostumus/elements`; the notice's model: `suostumus/notice`; everything registered: `suostumus/define`.
export * from './core/index.js';
export { startSuostumus } from './npm/start.js';
export type { SuostumusApi, SuostumusHandle, StartSuostumusOptions } from './npm/start.js';
export { SuostumusSettingsButton } from './loader/settings-button/settings-button.js';
// Types only: the class and `startEmbeds` are in `suostumus/elements`; `startSuostumus` fetches them.
export type { SuostumusEmbed } from './embed/embed.js';
export type { EmbedModule } from './embed/lazy.js';
export { OPEN_PREFERENCES_EVENT, LANGUAGE_EVENT } from './page/events.js';
export { setDefaultStore, getDefaultStore } from './page/context.js';
export type { SuostumusGlobal, StartOptions } from './loader/start.js';
// Types only (they cost nothing at run time): the classes live in `suostumus/elements`.
export type { SuostumusBanner } from './ui/banner/banner.js';
export type { SuostumusPreferences } from './ui/preferences/preferences.js';
export type { SuostumusNotice } from './notice/notice.js';
export type { ConsentUI, ConsentUIOptions } from './ui/mount.js';
export type { UIModule } from './ui/lazy.js';
// The notice import (text or HTML → a notice and a report): for tools and the configurator, not for visitors.
export { importNotice, formatReport, looksLikeHtml, domTree, NoticeImportError } from './import/index.js';
export type { ImportOptions, ImportResult, ImportReport, HeadingReport, HtmlNode, HtmlParser, DomParserLike } from './import/index.js';
export type { NoticeModule } from './notice/lazy.js';
export type { Messages } from '../locales/index.js';
