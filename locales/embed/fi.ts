import type { EmbedMessages } from './messages.js';

export const fi: EmbedMessages = {
  about: 'Tämä sisältö tulee palvelusta {provider}. Kun lataat sen, selaimesi lähettää IP-osoitteesi ja laitteesi tietoja yhtiölle {company}, joka voi asettaa evästeitä ja käyttää tietoja omiin tarkoituksiinsa.',
  aboutOther: 'Tämä sisältö tulee sivustolta {provider}. Kun lataat sen, selaimesi lähettää sille IP-osoitteesi ja laitteesi tietoja, ja se voi asettaa evästeitä.',
  privacy: 'Palvelun {provider} tietosuojakäytäntö',
  play: 'Toista video',
  load: 'Näytä sisältö',
  allow: 'Salli upotettu sisältö aina',
  broken: 'Tätä sisältöä ei voi näyttää.',
};
