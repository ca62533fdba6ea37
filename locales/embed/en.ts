import type { EmbedMessages } from './messages.js';

export const en: EmbedMessages = {
  about: 'This content comes from {provider}. Loading it sends your IP address and details of your device to {company}, who may set cookies and use the data for its own purposes.',
  aboutOther: 'This content comes from {provider}. Loading it sends your IP address and details of your device to that site, which may set cookies.',
  privacy: '{provider} privacy policy',
  play: 'Play video',
  load: 'Show content',
  allow: 'Always allow embedded content',
  broken: 'This content cannot be shown.',
};
