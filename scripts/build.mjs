// npm run build: the ESM library (dist/index.js, dist/define.js + declarations), the script-tag
// bundle (dist/suostumus.js, one minified classic script with Lit inside) and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
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

// 2. The script-tag delivery, split for speed: a small classic loader (config, consent, Google, script
//    gate, settings button) and the chunks it imports from next to itself only when needed: the UI (Lit,
//    banner, dialog, texts) and the privacy notice. Each minified, with everything it needs inside.
async function bundle(entry, format, fileName) {
  await build({
    ...shared,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      lib: { entry, formats: [format], name: 'suostumusLoader', fileName: () => fileName },
    },
  });
}
await bundle('src/auto.ts', 'iife', 'suostumus.js');
await bundle('src/ui/lazy.ts', 'es', 'suostumus-ui.js');
await bundle('src/notice/lazy.ts', 'es', 'suostumus-notice.js');

// 3. Declarations, re-exported from the paths package.json names.
const bin = (name) => `${root}node_modules/.bin/${name}`;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
writeFileSync(`${root}dist/index.d.ts`, "export * from './types/src/index.js';\n");
writeFileSync(`${root}dist/define.d.ts`, "export * from './types/src/define.js';\n");
writeFileSync(`${root}dist/ui.d.ts`, "export * from './types/src/ui/lazy.js';\n");

// 4. The custom-elements manifest, for editors and documentation tools.
execFileSync(bin('cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--quiet'], {
  stdio: 'inherit', cwd: root,
});
console.log('built dist/index.js, dist/define.js, dist/suostumus.js, dist/suostumus-ui.js, dist/suostumus-notice.js, dist/*.d.ts, custom-elements.json');
