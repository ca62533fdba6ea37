// A build with no warnings is the standard (npm run build, npm run build:site): every warning of Vite and of
// its bundler (rolldown's logs reach Vite's logger) is printed as usual, named with the build that gave it,
// and fails the script once its bundles are written, so a new one cannot scroll past unread.
import { stripVTControlCharacters } from 'node:util';
import { createLogger } from 'vite';

/**
 * A Vite logger (`customLogger`, beside `logLevel: 'warn'`) that prints at the level `warn` and keeps every
 * warning; `building(name)` names the build the next warnings come from; `check(script)` throws an Error
 * that lists them (first lines, colours stripped) when there was any.
 */
export function warningLogger() {
  const vite = createLogger('warn');
  const warnings = [];
  let current = '';
  const keep = (message) => { warnings.push(`${current}: ${stripVTControlCharacters(message).split('\n')[0]}`); };
  return {
    logger: {
      ...vite,
      warn(message, options) {
        keep(message);
        vite.warn(message, options);
      },
      warnOnce(message, options) {
        keep(message);
        vite.warnOnce(message, options);
      },
    },
    building(name) {
      current = name;
    },
    check(script) {
      if (warnings.length > 0) {
        throw new Error(`${script}: ${warnings.length} warning(s), printed above (${warnings.join('; ')}); the build is to have none: fix their cause`);
      }
    },
  };
}
