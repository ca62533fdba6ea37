// `npm start`: the demo site on Vite's dev server. The demo pages load `/suostumus.js` exactly as a
// website would; in development that URL answers with a classic script that imports the TypeScript
// sources, so edits reload at once. `npm run build` (scripts/build.mjs) makes the real bundle.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

function devBundle(): Plugin {
  return {
    name: 'suostumus-dev-bundle',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0];
        const chunks: Record<string, string> = {
          '/suostumus-ui.js': 'src/ui/lazy.ts',
          '/suostumus-notice.js': 'src/notice/lazy.ts',
          '/suostumus-config-check.js': 'src/core/config.ts',
          // Prefetched by the loader next to the banner.
          '/suostumus-banner-texts-fi.js': 'locales/banner/fi.ts',
          '/suostumus-banner-texts-en.js': 'locales/banner/en.ts',
          '/suostumus-banner-texts-sv.js': 'locales/banner/sv.ts',
        };
        const source = path === undefined ? undefined : chunks[path];
        if (source) {
          // A lazily imported chunk, from the sources.
          response.setHeader('Content-Type', 'text/javascript');
          response.end(`export * from '/@fs${root}${source}';`);
          return;
        }
        if (path !== '/suostumus.js') {
          next();
          return;
        }
        response.setHeader('Content-Type', 'text/javascript');
        // A classic script may import a module; currentScript is lost across the import, so pass it on.
        response.end(`window.__suostumusScript = document.currentScript; import('/@fs${root}src/auto.ts');`);
      });
    },
  };
}

// With SUOSTUMUS_RECEIVER set (the URL of a running `suostumus receiver`), /consent and /admin are passed
// to it, so demo/receiver.html shows records arriving; the proxy adds the admin token, the page never has it.
const receiver = process.env.SUOSTUMUS_RECEIVER;
const proxy = receiver
  ? {
    '/consent': { target: receiver },
    '/admin': { target: receiver, headers: { authorization: `Bearer ${process.env.SUOSTUMUS_ADMIN_TOKEN ?? ''}` } },
  }
  : undefined;

export default defineConfig({
  root: 'demo',
  plugins: [devBundle()],
  server: { fs: { allow: [root] }, ...(proxy ? { proxy } : {}) },
  oxc: { decorator: { legacy: true } },
});
