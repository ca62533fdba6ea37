// The built-in embed providers' words as services: what each does and what its cookies are for, and how
// long they last (src/core/embed-providers.ts names the keys each provider uses). All three languages in
// one table: they travel with the providers' facts (the providers chunk, src/delivery.ts), fetched only
// where a site uses a provider, so that the dialog's and the notice's texts of every other site do not
// carry them. A language that misses a key, or adds one, does not compile.
import type { Language } from '../../src/core/types.js';

export interface ProviderMessages {
  videoPurpose: string;
  mapPurpose: string;
  ysc: string;
  visitorInfo: string;
  cfBm: string;
  nid: string;
  aec: string;
  session: string;
  thirtyMinutes: string;
  sixMonths: string;
}

export const providerMessages: Readonly<Record<Language, ProviderMessages>> = {
  fi: {
    videoPurpose: 'Näyttää sivuille upotetut videot',
    mapPurpose: 'Näyttää sivuille upotetut kartat',
    ysc: 'Erottaa katselukerrat toisistaan YouTuben tilastoissa.',
    visitorInfo: 'Arvioi yhteytesi nopeuden ja muistaa soittimen asetukset.',
    cfBm: 'Erottaa ihmiset boteista (Cloudflare).',
    nid: 'Muistaa asetuksesi ja tietoja Googlen mainontaa varten.',
    aec: 'Estää roskapostia ja väärinkäyttöä.',
    session: 'istunto',
    thirtyMinutes: '30 minuuttia',
    sixMonths: '6 kuukautta',
  },
  en: {
    videoPurpose: 'Shows the videos embedded on this site',
    mapPurpose: 'Shows the maps embedded on this site',
    ysc: 'Tells viewing sessions apart in YouTube\'s statistics.',
    visitorInfo: 'Estimates your connection speed and remembers player settings.',
    cfBm: 'Tells people from bots (Cloudflare).',
    nid: 'Remembers your preferences and information for Google\'s advertising.',
    aec: 'Prevents spam and abuse.',
    session: 'session',
    thirtyMinutes: '30 minutes',
    sixMonths: '6 months',
  },
  sv: {
    videoPurpose: 'Visar videor som är inbäddade på webbplatsen',
    mapPurpose: 'Visar kartor som är inbäddade på webbplatsen',
    ysc: 'Skiljer visningar åt i YouTubes statistik.',
    visitorInfo: 'Uppskattar din anslutningshastighet och minns spelarens inställningar.',
    cfBm: 'Skiljer människor från botar (Cloudflare).',
    nid: 'Minns dina inställningar och uppgifter för Googles annonser.',
    aec: 'Förhindrar skräppost och missbruk.',
    session: 'session',
    thirtyMinutes: '30 minuter',
    sixMonths: '6 månader',
  },
};
