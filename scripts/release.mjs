// npm run release: the files a site owner uploads, from the build in dist/ (npm run release builds
// first): release/suostumus-<version>/ with every script-tag file under suostumus/<version>/, a short
// guide in Finnish (OHJE.txt) and English (GUIDE.txt), and an example page (example.html); and
// release/suostumus-<version>.zip of the same folder. Which files, and where: scripts/release-files.mjs.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { releaseFiles, releaseLayout } from './release-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const layout = releaseLayout(version);
const out = join(root, 'release', layout.folder);
const files = releaseFiles(root);

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, layout.files), { recursive: true });
for (const file of files) copyFileSync(join(root, 'dist', file), join(out, layout.files, file));

// The snippet the guides show: the README's, pointing at this version's folder.
const src = `/${layout.files}/suostumus.js`;
const snippet = [
  '<script type="application/json" id="suostumus-config">',
  '  {',
  '    "revision": 1,',
  '    "noticeUrl": "/tietosuojaseloste.html",',
  '    "google": { "measurementId": "G-XXXXXXXXXX" }',
  '  }',
  '</script>',
  `<script src="${src}" defer></script>`,
].map((line) => `     ${line}`).join('\n');
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
const values = { version, snippet, files: String(files.length), src: `${layout.files}/suostumus.js` };
for (const name of ['OHJE.txt', 'GUIDE.txt', 'example.html']) {
  writeFileSync(join(out, name), fill(readFileSync(join(root, 'scripts', 'release', name), 'utf8'), values));
}

// The zip holds the folder itself, so that unpacking it gives suostumus-<version>/. A fixed time for every
// entry: the same build gives the same zip.
const entries = {};
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else entries[`${layout.folder}/${relative(out, path).split('\\').join('/')}`] = readFileSync(path);
  }
};
walk(out);
const zipFile = join(root, 'release', `${layout.folder}.zip`);
writeFileSync(zipFile, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
console.log(`release: ${relative(root, out)}/ (${files.length} script-tag files in ${layout.files}/, OHJE.txt, GUIDE.txt, example.html) and ${relative(root, zipFile)}`);
