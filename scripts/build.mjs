// npm run build: the ESM library (dist/index.js, dist/define.js + declarations), the script-tag
// delivery (dist/suostumus.js and the chunks src/delivery.ts declares) and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import { build, runnerImport } from 'vite';
import { warningLogger } from './build-warnings.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Every warning fails the build once the bundles are written (scripts/build-warnings.mjs).
const warnings = warningLogger();
const shared = { root, configFile: false, logLevel: 'warn', customLogger: warnings.logger, oxc: { decorator: { legacy: true } } };
// Terser takes most of the build's time by design; rolldown's note that plugins were slow is not a warning.
const quiet = { checks: { pluginTimings: false } };

rmSync(`${root}dist`, { recursive: true, force: true });

// 1. The npm library: ES modules, dependencies left to the user's bundler. Each entry of package.json's
//    "exports"; the UI, the notice and every language stay behind dynamic import() so the user's bundler
//    makes them lazy chunks (test/e2e/frameworks.test.mjs holds the first load to the loader's size).
warnings.building('the npm library');
const NPM_ENTRIES = { index: 'src/index.ts', config: 'src/config.ts', define: 'src/define.ts', ui: 'src/ui/lazy.ts', elements: 'src/elements.ts', notice: 'src/notice/index.ts' };
await build({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    // import-node: the importer with parse5 (bundled in), for the `suostumus import-notice` command.
    lib: { entry: { ...NPM_ENTRIES, 'import-node': 'src/import/node.ts' }, formats: ['es'] },
    rollupOptions: {
      // The one warning this build gives on purpose, told to the bundler as meant, for this module only:
      // `loadEmbedFacts` (src/core/describe.ts) fetches the providers' facts with import(), so that the
      // script-tag delivery can keep them in a chunk of their own (below); here the `describe` group keeps
      // them in describe.ts's chunk (next comment), and rolldown reports a module that is imported statically
      // (by the embed element) and with an import() from its own chunk as INEFFECTIVE_DYNAMIC_IMPORT. That
      // is the layout wanted, and the import() then costs nothing. Every other log is reported (and fails).
      onLog(level, log, handler) {
        if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && log.id === `${root}src/core/embed-providers.ts`) return;
        handler(level, log);
      },
      external: [/^lit($|\/)/, /^@lit\//],
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // The embed providers' facts stay with the words for the categories, as before they were a chunk of
        // their own in the script-tag files (below): an npm app's bundler then splits its chunks as before,
        // rather than moving the validators into the app's first load (test/e2e/frameworks.test.mjs).
        codeSplitting: { groups: [{ name: 'describe', test: /(src\/core\/(describe|embed-providers)|locales\/embed\/providers)\.ts$/ }] },
      },
    },
  },
});

/** Minifies the CSS text of the style modules (plain strings and Lit `css` templates; none interpolates). */
const minifyStyles = {
  name: 'suostumus-minify-styles',
  transform(code, id) {
    if (!/(\.styles|tokens-css)\.ts$/.test(id)) return null;
    // MagicString keeps the source map true to the sources (the build then has no SOURCEMAP_BROKEN warning).
    const edited = new MagicString(code);
    for (const match of code.matchAll(/`([^`$]*)`/g)) {
      const css = match[1]
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        // After a colon: declarations and media features (`a: b`, `(x: y)`); no selector has a space there.
        .replace(/:\s+/g, ':')
        .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
        .replace(/;}/g, '}')
        .trim();
      edited.overwrite(match.index + 1, match.index + 1 + match[1].length, css);
    }
    return { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) };
  },
};

// 2. The script-tag delivery, split for speed, exactly as the delivery map (src/delivery.ts) declares it:
//    a small classic loader, and ES chunks it imports from next to itself only when needed. Minified.
warnings.building('the delivery map');
const { module: delivery } = await runnerImport(`${root}src/delivery.ts`, { configFile: false, logLevel: 'warn', customLogger: warnings.logger });
const { CHUNKS, TEXT_KINDS, textChunks, textsFile, UI_IMPORTS, PREFERENCES_IMPORTS } = delivery;
const stem = (file) => file.replace(/\.js$/, '');

/** One minified script-tag build into dist/, beside the others. */
// Terser, three passes: measured 2–3 % smaller than the default minifier on these files (every visitor
// downloads the loader, so its bytes count most).
const terserOptions = { ecma: 2022, compress: { passes: 3 }, format: { comments: false } };
// V8's explicit compile hint, first in the files the map marks `calledOnLoad` (src/delivery.ts says why).
// Added once the bundle is made, after terser (which drops comments), with the source map moved down a
// line; not rolldown's `postBanner`, which starts every other file with an empty line.
const calledOnLoad = new Set(Object.values(CHUNKS).filter((chunk) => chunk.calledOnLoad).map((chunk) => chunk.file));
const compileHints = {
  name: 'suostumus-compile-hints',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk' || !calledOnLoad.has(output.fileName)) continue;
      output.code = `//# allFunctionsCalledOnLoad\n${output.code}`;
      if (output.map) output.map.mappings = `;${output.map.mappings}`;
      const map = bundle[`${output.fileName}.map`];
      if (map?.type === 'asset') {
        const parsed = JSON.parse(String(map.source));
        parsed.mappings = `;${parsed.mappings}`;
        map.source = JSON.stringify(parsed);
      }
    }
  },
};
const scriptTagBuild = (lib, rollupOptions = {}) => build({
  ...shared,
  build: {
    outDir: 'dist', emptyOutDir: false, minify: 'terser', terserOptions, sourcemap: true, lib,
    rollupOptions: { ...quiet, ...rollupOptions },
  },
  plugins: [minifyStyles, compileHints],
});
warnings.building('the script-tag loader');
await scriptTagBuild({ entry: CHUNKS.loader.entry, formats: ['iife'], name: 'suostumusLoader', fileName: () => CHUNKS.loader.file });

const lazy = Object.values(CHUNKS).filter((chunk) => chunk.entry && chunk !== CHUNKS.loader);
const textFiles = new Map(textChunks().map(({ file, source }) => [`${root}${source}`, file]));
const shareds = Object.values(CHUNKS).filter((chunk) => chunk.holds);
warnings.building('the script-tag chunks');
const chunksBuilt = await scriptTagBuild(
  { entry: Object.fromEntries(lazy.map((chunk) => [stem(chunk.file), chunk.entry])), formats: ['es'] },
  {
    // An entry chunk may export more than its entry module (the providers chunk: the facts and their words
    // from locales/), rather than becoming a facade that imports a second, undeclared chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      // Library mode keeps the whitespace of ES output; these chunks are for browsers only.
      minify: true,
      // Stable names from the map, so a site can copy the files (every dist/suostumus*.js) without a manifest.
      entryFileNames: '[name].js',
      chunkFileNames(chunk) {
        const text = textFiles.get(chunk.facadeModuleId ?? '');
        if (text) return text;
        const declared = shareds.find((candidate) => stem(candidate.file) === chunk.name);
        if (declared) return declared.file;
        // Every file a page may fetch is declared: a chunk the map does not know is a mistake to fix there.
        throw new Error(`build: chunk "${chunk.name}" (${chunk.moduleIds.map((id) => id.replace(root, '')).join(', ')}) is not in the delivery map (src/delivery.ts)`);
      },
      // One group per shared chunk of the map, earlier ones first: a group also takes the modules its own
      // modules import, unless a group of higher priority has them (the page layer stays in the shared chunk).
      codeSplitting: {
        groups: shareds.map((chunk, index) => ({ name: stem(chunk.file), test: chunk.holds, priority: shareds.length - index })),
      },
    },
  },
);
warnings.check('build');

// The loader fetches the UI chunk's static imports beside it, and the UI chunk the dialog's (src/delivery.ts):
// lists that must be what the build made, or a page would wait for a round trip more (or fetch a file twice).
const built = (Array.isArray(chunksBuilt) ? chunksBuilt : [chunksBuilt]).flatMap((result) => result.output);
for (const [file, declared, name] of [[CHUNKS.ui.file, UI_IMPORTS, 'UI_IMPORTS'], [CHUNKS.preferences.file, PREFERENCES_IMPORTS, 'PREFERENCES_IMPORTS']]) {
  const imports = built.find((output) => output.fileName === file)?.imports ?? [];
  if ([...imports].sort().join() !== [...declared].sort().join()) {
    throw new Error(`build: ${file} imports ${imports.join(', ') || 'nothing'} statically, but ${name} in src/delivery.ts says ${declared.join(', ') || 'nothing'}; make the list what the build makes`);
  }
}

// What the build made, for the tests and for anyone who serves the files: the map as data.
writeFileSync(`${root}dist/delivery.json`, `${JSON.stringify({
  chunks: Object.fromEntries(Object.entries(CHUNKS).map(([name, chunk]) => [name, { file: chunk.file, tags: chunk.tags, fetched: chunk.fetched, ...(chunk.calledOnLoad ? { calledOnLoad: true } : {}) }])),
  texts: Object.fromEntries(TEXT_KINDS.map((kind) => [kind, Object.fromEntries(['fi', 'en', 'sv'].map((language) => [language, textsFile(kind, language)]))])),
  // Every file a site uploads (scripts/release-files.mjs reads this list).
  files: delivery.deliveryFiles(),
}, null, 2)}\n`);

// 3. Declarations, re-exported from the paths package.json names.
const bin = (name) => `${root}node_modules/.bin/${name}`;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
// suostumus/react and suostumus/vue are types only: the JSX and template typings of the four elements.
const TYPE_ENTRIES = { react: 'src/frameworks/react.ts', vue: 'src/frameworks/vue.ts' };
for (const [name, entry] of Object.entries({ ...NPM_ENTRIES, ...TYPE_ENTRIES })) {
  writeFileSync(`${root}dist/${name}.d.ts`, `export * from './types/${entry.replace(/\.ts$/, '.js')}';\n`);
}

// 4. The receiver and the command line (`suostumus receiver`): Node code, compiled by tsc to dist/receiver/.
execFileSync(bin('tsc'), ['-p', 'receiver/tsconfig.json'], { stdio: 'inherit', cwd: root });

// 5. The custom-elements manifest, for editors and documentation tools: the four elements, as one module at
//    the JavaScript file that exports their classes (suostumus/elements), the path a user imports.
const ELEMENT_SOURCES = ['src/ui/banner/banner.ts', 'src/ui/preferences/preferences.ts', 'src/loader/settings-button/settings-button.ts', 'src/notice/notice.ts'];
execFileSync(bin('cem'), ['analyze', '--litelement', '--globs', ...ELEMENT_SOURCES, '--quiet'], {
  stdio: 'inherit', cwd: root,
});
const manifestFile = `${root}custom-elements.json`;
const analyzed = JSON.parse(readFileSync(manifestFile, 'utf8'));
const ELEMENTS_FILE = 'dist/elements.js';
// The analyzer names an event after the constant it could not follow across modules
// (OPEN_PREFERENCES_EVENT); each element's @fires line names the real event.
const declarations = analyzed.modules.flatMap((module) => module.declarations ?? []).map((declaration) => ({
  ...declaration,
  ...(declaration.events ? { events: declaration.events.filter((event) => !/^[A-Z_]+$/.test(event.name ?? '')) } : {}),
}));
// Any other reference to a source module (a superclass of our own) points at its shipped declarations.
const shipped = (key, value) => {
  const source = key === 'module' && typeof value === 'string' ? /^\/?(src\/.*)\.[jt]s$/.exec(value)?.[1] : undefined;
  if (source === undefined) return value;
  return ELEMENT_SOURCES.includes(`${source}.ts`) ? ELEMENTS_FILE : `dist/types/${source}.d.ts`;
};
const manifest = JSON.parse(JSON.stringify({
  schemaVersion: analyzed.schemaVersion,
  readme: '',
  modules: [{
    kind: 'javascript-module',
    path: ELEMENTS_FILE,
    declarations,
    exports: declarations.map((declaration) => ({ kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: ELEMENTS_FILE } })),
  }],
}), shipped);
const tags = declarations.map((declaration) => declaration.tagName).sort();
if (tags.join() !== 'suostumus-banner,suostumus-notice,suostumus-preferences,suostumus-settings-button') {
  throw new Error(`build: custom-elements.json has the tags ${tags.join(', ')}; each element's class needs its @tag line`);
}
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`built dist/index.js, dist/define.js, the script-tag files (${Object.values(CHUNKS).map((chunk) => chunk.file).join(', ')}, texts), dist/*.d.ts, dist/delivery.json, dist/receiver/, custom-elements.json`);
