import type { EmbedMessages } from './messages.js';

export const sv: EmbedMessages = {
  about: 'Det här innehållet kommer från {provider}. När du laddar det skickar din webbläsare din IP-adress och uppgifter om din enhet till {company}, som kan sätta kakor och använda uppgifterna för egna ändamål.',
  aboutOther: 'Det här innehållet kommer från {provider}. När du laddar det skickar din webbläsare din IP-adress och uppgifter om din enhet dit, och webbplatsen kan sätta kakor.',
  privacy: 'Integritetspolicy för {provider}',
  play: 'Spela upp videon',
  load: 'Visa innehållet',
  allow: 'Tillåt alltid inbäddat innehåll',
  broken: 'Det här innehållet kan inte visas.',
};
