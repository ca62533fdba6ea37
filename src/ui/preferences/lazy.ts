// Entry of the settings dialog's chunk (src/delivery.ts: `preferences`), fetched by the UI chunk when the
// visitor opens the settings. It brings Lit.
import type { Elements } from '../../page/register.js';
import { SuostumusPreferences } from './preferences.js';

/** The tags this chunk registers. */
export const elements = { 'suostumus-preferences': SuostumusPreferences } satisfies Elements;
