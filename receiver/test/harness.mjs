// Test helpers: a receiver in a child process (for kill -9), and a throwaway PostgreSQL server.
// Every wait is for a condition, bounded in time; nothing sleeps a fixed delay.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const cli = join(root, 'dist', 'receiver', 'cli.js');
if (!existsSync(cli)) {
  throw new Error(`${cli} is missing: build the receiver first (npm run build:receiver, or npm run build)`);
}

/** Polls `check` (sync or async, truthy = done) every `every` ms until it holds or `ms` pass. */
export async function waitFor(check, { ms = 30_000, every = 25, what = 'condition' } = {}) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A valid record as the widget sends it; `overrides` replace fields. */
export function record(overrides = {}) {
  return {
    id: crypto.randomUUID(),
    revision: 1,
    timestamp: new Date().toISOString(),
    categories: { necessary: true, analytics: true, demographics: false },
    source: 'banner',
    language: 'fi',
    page: '/',
    textsHash: '0123abcd',
    ...overrides,
  };
}

/** POSTs `body` (an object is sent as JSON) to `${url}/consent` as sendBeacon would. */
export function post(url, body, headers = {}) {
  return fetch(`${url}/consent`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
}

/** Receivers still running (spawnReceiver's children that have not exited). */
const running = new Set();

/**
 * Kills every receiver still running. A test file that spawns receivers calls it in `after()`: a test that
 * failed before stopping its own would otherwise keep `node --test` waiting for the child, and the run hangs.
 */
export function killReceiversLeft() {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * Starts `suostumus receiver` as a child process on a free port (from the built dist/). Resolves when
 * it prints its URL; `kill9()` ends it at once, `stop()` with SIGTERM.
 */
export async function spawnReceiver(args = [], env = {}) {
  const child = spawn(process.execPath, [cli, 'receiver', '--port', '0', '--host', '127.0.0.1', ...args], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await Promise.race([
    waitFor(() => /listening on (http:\/\/\S+)/.exec(output)?.[1], { what: 'the receiver to listen' }),
    exited.then(({ code }) => { throw new Error(`the receiver exited with ${code} before listening:\n${output}`); }),
  ]);
  return {
    url,
    child,
    exited,
    output: () => output,
    kill9: () => { child.kill('SIGKILL'); return exited; },
    stop: () => { child.kill('SIGTERM'); return exited; },
  };
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function postgresBin() {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.length > 0 ? join(base, versions[0], 'bin') : undefined;
}

/** Spawn options that run a PostgreSQL program as the postgres user when we are root (initdb refuses root). */
function postgresUser() {
  if (!isRoot) return {};
  const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  if (!Number.isInteger(uid) || uid <= 0) throw new Error('there is no postgres user: install PostgreSQL with `apt-get install -y postgresql`');
  return { uid, gid: id('-g') };
}

let databaseCounter = 0;

/**
 * A PostgreSQL server for the tests: SUOSTUMUS_TEST_DATABASE_URL when set (a server you run), else a
 * throwaway cluster (initdb in a temporary folder, on a free loopback port), removed by `stop()`.
 * `database()` creates an empty database and returns its URL.
 */
export async function startPostgres() {
  const given = process.env.SUOSTUMUS_TEST_DATABASE_URL;
  let adminUrl;
  let stop = async () => undefined;
  if (given) {
    adminUrl = given;
  } else {
    const bin = postgresBin();
    if (!bin) {
      throw new Error('PostgreSQL is not installed, and the receiver tests run against it: install it with ' +
        '`apt-get install -y postgresql` (.ci/run does this), or set SUOSTUMUS_TEST_DATABASE_URL to a server of yours');
    }
    const dir = mkdtempSync(join(tmpdir(), 'suostumus-pg-'));
    const user = postgresUser();
    if (isRoot) chownSync(dir, user.uid, user.gid);
    const data = join(dir, 'data');
    const init = spawnSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'], {
      encoding: 'utf8', cwd: dir, ...user,
    });
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}\n${init.stderr}`);
    const port = await freePort();
    const server = spawn(join(bin, 'postgres'), [
      '-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100',
    ], { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir, ...user });
    let log = '';
    server.stderr.on('data', (chunk) => { log += chunk; });
    const exited = new Promise((resolve) => server.once('exit', resolve));
    adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await Promise.race([
      waitFor(async () => {
        const client = new pg.Client(adminUrl);
        await client.connect();
        await client.end();
        return true;
      }, { what: 'PostgreSQL to accept connections' }),
      exited.then(() => { throw new Error(`postgres exited:\n${log}`); }),
    ]);
    stop = async () => {
      // SIGINT: PostgreSQL's fast shutdown.
      server.kill('SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    };
  }
  return {
    adminUrl,
    async database() {
      const name = `suostumus_test_${process.pid}_${++databaseCounter}_${Date.now()}`;
      const client = new pg.Client(adminUrl);
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    stop,
  };
}

/** Every consent id stored in a PostgreSQL database, and how many rows. */
export async function postgresRows(url) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query('SELECT consent_id, digest FROM consent_records');
    return rows;
  } finally {
    await client.end();
  }
}
