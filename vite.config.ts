// `npm start`: the demo site on Vite's dev server, and the configurator at /configurator/. The demo pages load `/suostumus.js` exactly as a
// website would; in development that URL answers with a classic script that imports the TypeScript
// sources, so edits reload at once. `npm run build` (scripts/build.mjs) makes the real bundle.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { CHUNKS, LOADER_FILE, textChunks } from './src/delivery.js';

const root = fileURLToPath(new URL('.', import.meta.url));

function devBundle(): Plugin {
  return {
    name: 'suostumus-dev-bundle',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0];
        // Every chunk and text file of the delivery map, answered from its source module.
        const chunks = new Map<string, string>([
          ...Object.values(CHUNKS).flatMap((chunk): [string, string][] => (chunk.entry && chunk.file !== LOADER_FILE ? [[`/${chunk.file}`, chunk.entry]] : [])),
          ...textChunks().map(({ file, source }): [string, string] => [`/${file}`, source]),
        ]);
        const source = path === undefined ? undefined : chunks.get(path);
        if (source) {
          // A lazily imported chunk, from the sources.
          response.setHeader('Content-Type', 'text/javascript');
          response.end(`export * from '/@fs${root}${source}';`);
          return;
        }
        if (path !== `/${LOADER_FILE}`) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'text/javascript');
        // A classic script may import a module; currentScript is lost across the import, so pass it on.
        response.end(`window.__suostumusScript = document.currentScript; import('/@fs${root}${CHUNKS.loader.entry ?? ''}');`);
      });
    },
  };
}

/**
 * The configurator (configurator/, outside the demo root) at /configurator/: its page through Vite's
 * HTML transform, its modules and stylesheet from the folder. `npm run build:site` builds it for real.
 */
function configurator(): Plugin {
  return {
    name: 'suostumus-configurator',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        if (path === '/configurator') {
          response.writeHead(301, { location: '/configurator/' });
          response.end();
          return;
        }
        if (path === '/configurator/' || path === '/configurator/index.html') {
          readFile(`${root}configurator/index.html`, 'utf8')
            .then((page) => server.transformIndexHtml('/configurator/', page))
            .then((page) => {
              response.setHeader('Content-Type', 'text/html; charset=utf-8');
              response.end(page);
            })
            .catch(next);
          return;
        }
        if (path.startsWith('/configurator/')) request.url = `/@fs${root}${request.url?.slice(1) ?? ''}`;
        next();
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
  plugins: [devBundle(), configurator()],
  server: { fs: { allow: [root] }, ...(proxy ? { proxy } : {}) },
  oxc: { decorator: { legacy: true } },
});
