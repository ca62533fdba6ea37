// The files of a release, in one place: every script-tag file the delivery map declares
// (src/delivery.ts `deliveryFiles()`, written by the build to dist/delivery.json as `files`), and where
// each goes in the release folder. `npm run release` (scripts/release.mjs) uses it; so can anything else
// that hands a site owner the files (the configurator's download).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The script-tag files of the build in `root`/dist (names only, e.g. `suostumus.js`,
 * `suostumus-banner-texts-fi.js`), in the delivery map's order. Throws when dist/ was not built.
 */
export function releaseFiles(root = ROOT) {
  const built = JSON.parse(readFileSync(`${root}/dist/delivery.json`, 'utf8'));
  if (!Array.isArray(built.files) || built.files.length === 0) throw new Error('release: dist/delivery.json lists no files; run npm run build');
  return built.files;
}

/**
 * Where things go in the release of `version`: the release folder's name (`suostumus-0.1.0`), and the
 * folder inside it that holds the script-tag files (`suostumus/0.1.0`), which the owner uploads to the
 * site's root. A new version is a new folder beside the old one, so no visitor's cache mixes versions.
 */
export function releaseLayout(version) {
  return { folder: `suostumus-${version}`, files: `suostumus/${version}` };
}
