// npm run build: the ESM library (dist/index.js, dist/define.js + declarations), the script-tag
// bundle (dist/suostumus.js, one minified classic script with Lit inside) and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = { root, configFile: false, logLevel: 'warn', oxc: { decorator: { legacy: true } } };

rmSync(`${root}dist`, { recursive: true, force: true });

// 1. The npm library: ES modules, dependencies left to the user's bundler.
await build({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    lib: { entry: { index: 'src/index.ts', define: 'src/define.ts', ui: 'src/ui/lazy.ts' }, formats: ['es'] },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^js-cookie$/],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

/** Minifies the CSS text of the style modules (plain strings and Lit `css` templates; none interpolates). */
const minifyStyles = {
  name: 'suostumus-minify-styles',
  transform(code, id) {
    if (!/(\.styles|tokens-css)\.ts$/.test(id)) return null;
    return code.replace(/`([^`$]*)`/g, (_, css) => `\`${css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim()}\``);
  },
};

// 2. The script-tag delivery, split for speed: a small classic loader (config, consent, Google, script
//    gate, settings button), and ES chunks it imports from next to itself only when needed: the UI
//    (banner, dialog), the privacy notice, Lit (shared by both) and each language's texts. Minified.
/** One minified script-tag build into dist/, beside the others. */
const scriptTagBuild = (lib, rollupOptions = {}) => build({
  ...shared,
  build: { outDir: 'dist', emptyOutDir: false, minify: true, sourcemap: true, lib, rollupOptions },
  plugins: [minifyStyles],
});
await scriptTagBuild({ entry: 'src/auto.ts', formats: ['iife'], name: 'suostumusLoader', fileName: () => 'suostumus.js' });
await scriptTagBuild(
  {
    entry: { 'suostumus-ui': 'src/ui/lazy.ts', 'suostumus-notice': 'src/notice/lazy.ts', 'suostumus-config-check': 'src/core/config.ts' },
    formats: ['es'],
  },
  {
    output: {
      // Library mode keeps the whitespace of ES output; these chunks are for browsers only.
      minify: true,
      entryFileNames: '[name].js',
      // Stable names, so a site can copy the files (every dist/suostumus*.js) without a manifest.
      chunkFileNames(chunk) {
        // Each language's texts, fetched by import(), named for what they are.
        const text = /locales\/(?:(notice|banner)\/)?(fi|en|sv)\.ts$/.exec(chunk.facadeModuleId ?? '');
        return text ? `suostumus-${text[1] ? `${text[1]}-` : ''}texts-${text[2]}.js` : 'suostumus-[name].js';
      },
      manualChunks(id) {
        // Lit's core, shared by the dialog and the notice; its directives stay with whoever uses them.
        if (/node_modules\/(lit\/index|lit-html\/lit-html|lit-html\/is-server|lit-element\/lit-element|@lit\/reactive-element\/(reactive-element|css-tag))\.js$/.test(id)) return 'lit';
        // What the banner, the dialog and the notice all use, in one file rather than in many small ones.
        if (/(locales\/(table|ui-texts|language-names|settings-button)|src\/core\/(types|language)|src\/ui\/(page-events|store-registry|choose-language|styles\/tokens-css))\.ts$/.test(id)) return 'shared';
        return undefined;
      },
    },
  },
);

// 3. Declarations, re-exported from the paths package.json names.
const bin = (name) => `${root}node_modules/.bin/${name}`;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
writeFileSync(`${root}dist/index.d.ts`, "export * from './types/src/index.js';\n");
writeFileSync(`${root}dist/define.d.ts`, "export * from './types/src/define.js';\n");
writeFileSync(`${root}dist/ui.d.ts`, "export * from './types/src/ui/lazy.js';\n");

// 4. The receiver and the command line (`suostumus receiver`): Node code, compiled by tsc to dist/receiver/.
execFileSync(bin('tsc'), ['-p', 'receiver/tsconfig.json'], { stdio: 'inherit', cwd: root });

// 5. The custom-elements manifest, for editors and documentation tools.
execFileSync(bin('cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--quiet'], {
  stdio: 'inherit', cwd: root,
});
// The analyzer names an event after the constant it could not follow across modules
// (OPEN_PREFERENCES_EVENT); each element's @fires line names the real event.
const manifestFile = `${root}custom-elements.json`;
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.events) declaration.events = declaration.events.filter((event) => !/^[A-Z_]+$/.test(event.name ?? ''));
  }
}
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
console.log('built dist/index.js, dist/define.js, dist/suostumus.js, dist/suostumus-ui.js, dist/suostumus-notice.js, dist/*.d.ts, dist/receiver/, custom-elements.json');
