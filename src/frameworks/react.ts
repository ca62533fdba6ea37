// `suostumus/react`: React 19 JSX types for the four elements — their attributes, properties and events
// (React 19 passes `on<event-name>` props of a custom element to addEventListener). Types only; bring
// them in once, e.g. in main.tsx: `import type {} from 'suostumus/react';`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SuostumusElements, SuostumusElementAttributes, SuostumusElementEvents, SuostumusElementProperties, SuostumusTag } from './elements.js';

/** `on<event-name>` props: React 19 listens for the event of that exact name. */
type EventProps<Events> = { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };

/** The JSX props of one element: React's usual ones (`className`, `ref`, `key`…), its properties, attributes and events. */
export type SuostumusJSXProps<Tag extends SuostumusTag> = DetailedHTMLProps<HTMLAttributes<SuostumusElements[Tag]>, SuostumusElements[Tag]>
  & SuostumusElementProperties[Tag] & SuostumusElementAttributes[Tag] & EventProps<SuostumusElementEvents[Tag]>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'suostumus-banner': SuostumusJSXProps<'suostumus-banner'>;
      'suostumus-preferences': SuostumusJSXProps<'suostumus-preferences'>;
      'suostumus-settings-button': SuostumusJSXProps<'suostumus-settings-button'>;
      'suostumus-notice': SuostumusJSXProps<'suostumus-notice'>;
    }
  }
}
