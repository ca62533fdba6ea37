// A static file server for a folder (the built site/, or a folder unpacked from the configurator's zip),
// on 127.0.0.1 at a free port, for the configurator's end-to-end test and its screenshot. Nothing else.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/**
 * Serves each folder of `mounts` (URL prefix → folder, longest prefix first) as static files; a path
 * ending in "/" serves its index.html. Returns { port, url(path, host), requests, close }.
 */
export async function serveFolders(mounts) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const prefix = prefixes.find((candidate) => path.startsWith(candidate));
    const folder = prefix === undefined ? undefined : mounts[prefix];
    const rest = prefix === undefined ? '' : path.slice(prefix.length);
    const file = folder === undefined ? undefined : normalize(join(folder, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file || !file.startsWith(normalize(folder))) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    requests,
    url: (path = '/', host = 'www.example.test') => `http://${host}:${port}${path}`,
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections?.(); }),
  };
}
