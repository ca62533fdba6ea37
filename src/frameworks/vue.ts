// `suostumus/vue`: Vue's custom-element typing for the four elements in single-file components (checked
// by vue-tsc / Volar): their properties and events, the way Vue's guide ("Web Components and
// TypeScript") describes. Types only; bring them in once, e.g. in main.ts: `import type {} from 'suostumus/vue';`.
// Vue still has to be told that the tags are custom elements (`compilerOptions.isCustomElement`).
import type { EmitFn, HTMLAttributes } from 'vue';
import type { SuostumusElements, SuostumusElementEvents, SuostumusElementProperties, SuostumusTag } from './elements.js';

/** `onSuostumusOpenPreferences`-style props: what `@suostumus-open-preferences` in a template checks against. */
type EventProps<Events> = { [Name in keyof Events & string as `on${Capitalize<CamelCase<Name>>}`]?: (event: Events[Name]) => void };
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** A custom element as Vue's GlobalComponents expects it: the element, with `$props` and `$emit` for the template's type check only. */
export type SuostumusVueElement<Tag extends SuostumusTag> = new () => SuostumusElements[Tag] & {
  /** For the template's type check only; not a property of the element. */
  $props: HTMLAttributes & SuostumusElementProperties[Tag] & EventProps<SuostumusElementEvents[Tag]>;
  /** For the template's type check only; not a method of the element. */
  $emit: EmitFn<{ [Name in keyof SuostumusElementEvents[Tag]]: (event: SuostumusElementEvents[Tag][Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'suostumus-banner': SuostumusVueElement<'suostumus-banner'>;
    'suostumus-preferences': SuostumusVueElement<'suostumus-preferences'>;
    'suostumus-settings-button': SuostumusVueElement<'suostumus-settings-button'>;
    'suostumus-notice': SuostumusVueElement<'suostumus-notice'>;
  }
}
