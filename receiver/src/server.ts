// The proof-of-consent receiver: node:http, no framework (five routes do not need one).
//
//   POST /consent           a record from the widget (text/plain or application/json, ≤ 4 KB) → 204
//   OPTIONS /consent        CORS preflight, for the configured origins only
//   GET /health             200 when the database answers
//   GET /admin/consents/ID  every record of one consent id                     (Bearer token)
//   GET /admin/export       ?from=YYYY-MM-DD&to=YYYY-MM-DD&format=csv|json      (Bearer token)
//   GET /admin/stats        ?from=…&to=… counts per day and revision            (Bearer token)
//
// Nothing about the visitor beyond the record is stored: no IP address, no user agent, no headers
// (GDPR art. 5(1)(c)). The client address is only a key of the in-memory rate limiter.

import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { csvRecord, csvLine, CSV_HEADER } from './csv.js';
import { openSqlite } from './db/sqlite.js';
import type { DayRange, Store, StoredRecord } from './db/types.js';
import type { ReceiverOptions } from './options.js';
import { createRateLimiter } from './rate-limit.js';
import { canonicalCategories, choiceOf, validateRecord } from './validate.js';
import type { ConsentPayload } from './validate.js';
import { Writer } from './writer.js';

/** The largest body accepted, in bytes: a record with 32 categories is about 1.5 KB. */
export const MAX_BODY_BYTES = 4096;
/** A client that has not sent its whole body by then gets 408 (slow clients hold no connection long). */
export const BODY_TIMEOUT_MS = 10_000;
const DAY_MS = 86_400_000;
/** The longest export or stats range, in days: ten years. */
const MAX_RANGE_DAYS = 3660;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Receiver {
  /** http://host:port the receiver listens on. */
  readonly url: string;
  readonly store: Store;
  readonly server: Server;
  /** Deletes records older than the retention period now; resolves to how many were deleted. */
  runRetention(): Promise<number>;
  /** Stops accepting, waits for records being written, closes the database. */
  close(): Promise<void>;
}

export interface ReceiverHooks {
  /** The clock, ms since the epoch (tests move it). */
  now?: () => number;
  /** Where the receiver's own lines go (start, retention, errors). Default: stderr. */
  log?: (line: string) => void;
  /** How long a client may take to send its body, in ms. Default BODY_TIMEOUT_MS. */
  bodyTimeoutMs?: number;
}

/** Opens the database the options name: PostgreSQL when `databaseUrl` is set, else the embedded one. */
export async function openStore(options: Pick<ReceiverOptions, 'databaseUrl' | 'dataDir'>): Promise<Store> {
  if (options.databaseUrl) {
    // Loaded only here: the embedded mode never needs the pg package.
    const { openPostgres } = await import('./db/postgres.js');
    return openPostgres(options.databaseUrl);
  }
  return openSqlite(options.dataDir);
}

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

const SECURITY_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
};

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = `${JSON.stringify(body, null, 2)}\n`;
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Reads the body, at most `MAX_BODY_BYTES`; throws HttpError 413 or 408, or 400 when the client gave up. */
function readBody(req: IncomingMessage, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error?: HttpError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.removeListener('data', onData);
      if (error) {
        req.pause();
        reject(error);
      } else {
        resolve(Buffer.concat(chunks, size));
      }
    };
    const timer = setTimeout(() => finish(new HttpError(408, `body: not received within ${timeoutMs / 1000} s`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) finish(new HttpError(413, `body: larger than ${MAX_BODY_BYTES} bytes`));
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish());
    req.once('error', () => finish(new HttpError(400, 'body: the request was broken off')));
    req.once('aborted', () => finish(new HttpError(400, 'body: the request was broken off')));
  });
}

// ignoreBOM keeps a byte-order mark, so JSON.parse refuses it: the widget never sends one.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function parseDay(value: string | null, name: string, fallback: string): string {
  const day = value ?? fallback;
  const time = Date.parse(`${day}T00:00:00.000Z`);
  if (!DATE.test(day) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) {
    throw new HttpError(400, `${name}: expected a date such as 2026-01-31`);
  }
  return day;
}

function parseRange(query: URLSearchParams, now: number): DayRange {
  const today = new Date(now).toISOString().slice(0, 10);
  const to = parseDay(query.get('to'), 'to', today);
  const from = parseDay(query.get('from'), 'from', new Date(Date.parse(`${to}T00:00:00.000Z`) - 29 * DAY_MS).toISOString().slice(0, 10));
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (days < 0) throw new HttpError(400, 'from: must not be after to');
  if (days > MAX_RANGE_DAYS) throw new HttpError(400, `from, to: at most ${MAX_RANGE_DAYS} days apart; export in parts`);
  return { from, to };
}

/** What the admin sees of one record: the categories as an object, nothing internal. */
function shown(r: StoredRecord): Record<string, unknown> {
  return {
    seq: r.seq,
    consentId: r.consentId,
    revision: r.revision,
    decidedAt: r.decidedAt,
    receivedAt: r.receivedAt,
    choice: r.choice,
    categories: JSON.parse(r.categories) as unknown,
    source: r.source,
    language: r.language,
    page: r.page,
    textsHash: r.textsHash,
  };
}

/** The stored form of a valid record. The digest covers the content, not the receive time. */
export function toStored(record: ConsentPayload, receivedAt: string): StoredRecord {
  const categories = canonicalCategories(record.categories);
  const digest = createHash('sha256')
    .update(JSON.stringify([record.id, record.revision, record.timestamp, categories, record.source, record.language, record.page, record.textsHash]))
    .digest('hex');
  return {
    consentId: record.id,
    revision: record.revision,
    decidedAt: record.timestamp,
    receivedAt,
    categories,
    choice: choiceOf(record.categories),
    source: record.source,
    language: record.language,
    page: record.page,
    textsHash: record.textsHash,
    digest,
  };
}

/** Opens the database, applies migrations, listens, and schedules the daily retention run. */
export async function startReceiver(options: ReceiverOptions, hooks: ReceiverHooks = {}): Promise<Receiver> {
  const now = hooks.now ?? Date.now;
  const log = hooks.log ?? ((line: string) => { process.stderr.write(`${line}\n`); });
  const store = await openStore(options);
  const writer = new Writer(store, { maxInFlight: store.kind === 'postgres' ? 4 : 1 });
  const limiter = createRateLimiter(options.rateLimit, now);
  const allowed = new Set(options.origins);
  const tokenDigest = options.adminToken === undefined ? undefined : createHash('sha256').update(options.adminToken).digest();

  /** 'none' without an Origin header (not a browser's cross-site request), else whether it may send. */
  function originOf(req: IncomingMessage): { state: 'none' | 'allowed' | 'refused'; origin?: string } {
    const origin = req.headers.origin;
    if (origin === undefined) return { state: 'none' };
    if (allowed.has(origin)) return { state: 'allowed', origin };
    // The receiver's own pages (same origin, e.g. behind the site's proxy) may always send.
    try {
      if (new URL(origin).host === req.headers.host) return { state: 'allowed', origin };
    } catch {
      // "null" and other non-URLs: refused below.
    }
    return { state: 'refused', origin };
  }

  function corsHeaders(origin: string | undefined): Record<string, string> {
    return origin === undefined ? {} : { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  }

  function clientOf(req: IncomingMessage): string {
    if (options.trustProxy) {
      const forwarded = req.headers['x-forwarded-for'];
      const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded ?? '').split(',').pop()?.trim();
      if (last) return last;
    }
    return req.socket.remoteAddress ?? 'unknown';
  }

  async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { state, origin } = originOf(req);
    if (req.method === 'OPTIONS') {
      if (state === 'refused') throw new HttpError(403, `origin ${origin?.slice(0, 100) ?? ''} is not allowed to send records; add it to --origins (SUOSTUMUS_ORIGINS)`);
      const method = req.headers['access-control-request-method'];
      if (method !== undefined && method !== 'POST') throw new HttpError(403, 'preflight: only POST is allowed on /consent');
      const asked = (req.headers['access-control-request-headers'] ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
      if (asked.some((h) => h !== 'content-type')) throw new HttpError(403, 'preflight: only the Content-Type header is allowed');
      res.writeHead(204, {
        ...SECURITY_HEADERS, ...corsHeaders(origin),
        'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '86400',
      });
      res.end();
      return;
    }
    if (req.method !== 'POST') throw new HttpError(405, 'method: /consent takes POST', { Allow: 'POST, OPTIONS' });
    if (state === 'refused') throw new HttpError(403, `origin ${origin?.slice(0, 100) ?? ''} is not allowed to send records; add it to --origins (SUOSTUMUS_ORIGINS)`);
    const cors = corsHeaders(origin);
    const client = clientOf(req);
    if (!limiter.take(client)) {
      throw new HttpError(429, 'too many records from this client; try again later', { ...cors, 'Retry-After': String(limiter.retryAfter(client)) });
    }
    const type = (req.headers['content-type'] ?? '').toLowerCase().split(';').map((s) => s.trim());
    const [media, ...parameters] = type;
    if (media !== 'text/plain' && media !== 'application/json') {
      throw new HttpError(415, 'Content-Type: expected text/plain (as navigator.sendBeacon sends) or application/json', cors);
    }
    if (parameters.some((p) => p.startsWith('charset=') && !/^charset="?utf-8"?$/.test(p))) {
      throw new HttpError(415, 'Content-Type: the charset must be UTF-8', cors);
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) throw new HttpError(413, `body: larger than ${MAX_BODY_BYTES} bytes`, cors);
    let body: Buffer;
    try {
      body = await readBody(req, hooks.bodyTimeoutMs ?? BODY_TIMEOUT_MS);
    } catch (error) {
      if (error instanceof HttpError) throw new HttpError(error.status, error.message, cors);
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(utf8.decode(body));
    } catch (error) {
      throw new HttpError(400, `body: not valid UTF-8 JSON (${(error as Error).message.slice(0, 120)})`, cors);
    }
    const received = now();
    const result = validateRecord(parsed, received);
    if (!result.ok) throw new HttpError(400, result.message, cors);
    try {
      await writer.write(toStored(result.record, new Date(received).toISOString()));
    } catch (error) {
      log(`suostumus receiver: could not store a record: ${(error as Error).message}`);
      throw new HttpError(503, 'the record could not be stored; try again', { ...cors, 'Retry-After': '5' });
    }
    // 204 only now: the record is durable (GDPR art. 7(1): a proof that was acknowledged must exist).
    res.writeHead(204, { ...SECURITY_HEADERS, ...cors });
    res.end();
  }

  function authorize(req: IncomingMessage): void {
    if (tokenDigest === undefined) {
      throw new HttpError(401, 'the admin endpoints are off: start the receiver with SUOSTUMUS_ADMIN_TOKEN (or --admin-token)', { 'WWW-Authenticate': 'Bearer' });
    }
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([\x21-\x7e]+)$/.exec(header);
    const given = createHash('sha256').update(match?.[1] ?? '').digest();
    if (!match || !timingSafeEqual(given, tokenDigest)) {
      throw new HttpError(401, 'Authorization: expected "Bearer <admin token>"', { 'WWW-Authenticate': 'Bearer' });
    }
  }

  async function exportRecords(res: ServerResponse, range: DayRange, format: string): Promise<void> {
    const csv = format === 'csv';
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="consent-${range.from}-${range.to}.${csv ? 'csv' : 'json'}"`,
    });
    const write = async (text: string): Promise<void> => {
      if (!res.write(text)) await once(res, 'drain');
    };
    await write(csv ? csvLine(CSV_HEADER) : '[');
    let after = 0;
    let first = true;
    for (;;) {
      const rows = await store.page(range, after, 1000);
      for (const r of rows) {
        await write(csv ? csvRecord(r) : `${first ? '\n' : ',\n'}${JSON.stringify(shown(r))}`);
        first = false;
      }
      const last = rows.at(-1);
      if (rows.length < 1000 || last?.seq === undefined) break;
      after = last.seq;
    }
    res.end(csv ? '' : '\n]\n');
  }

  async function admin(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    authorize(req);
    if (req.method !== 'GET') throw new HttpError(405, 'method: the admin endpoints take GET', { Allow: 'GET' });
    const byId = /^\/admin\/consents\/([^/]*)$/.exec(path);
    if (byId) {
      let id: string;
      try {
        id = decodeURIComponent(byId[1] ?? '').toLowerCase();
      } catch {
        id = ''; // a malformed %-escape: refused below like any other non-UUID
      }
      if (!UUID.test(id)) throw new HttpError(400, 'consent id: expected the UUID shown in the settings dialog');
      const records = await store.byConsentId(id);
      sendJson(res, 200, { consentId: id, records: records.map(shown) });
      return;
    }
    if (path === '/admin/export') {
      const format = query.get('format') ?? 'json';
      if (format !== 'json' && format !== 'csv') throw new HttpError(400, 'format: expected csv or json');
      await exportRecords(res, parseRange(query, now()), format);
      return;
    }
    if (path === '/admin/stats') {
      const range = parseRange(query, now());
      sendJson(res, 200, { ...range, days: await store.counts(range) });
      return;
    }
    throw new HttpError(404, 'not found: the admin endpoints are /admin/consents/ID, /admin/export, /admin/stats');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = req.url ?? '/';
    const queryAt = target.indexOf('?');
    const path = queryAt === -1 ? target : target.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : target.slice(queryAt + 1));
    if (path === '/consent') return receive(req, res);
    if (path === '/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method: /health takes GET', { Allow: 'GET, HEAD' });
      try {
        await store.ping();
      } catch {
        throw new HttpError(503, 'the database does not answer');
      }
      sendJson(res, 200, { status: 'ok', database: store.kind });
      return;
    }
    if (path.startsWith('/admin/')) return admin(req, res, path, query);
    throw new HttpError(404, 'not found: the receiver answers POST /consent, GET /health and GET /admin/…');
  }

  const server = createServer({ maxHeaderSize: 8192, requestTimeout: 15_000, headersTimeout: 10_000 }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        // An unread body would be read by the next request on this connection: close it instead.
        if (!req.complete) res.setHeader('Connection', 'close');
        sendJson(res, error.status, { error: error.message }, error.headers);
        return;
      }
      log(`suostumus receiver: ${(error as Error).stack ?? String(error)}`);
      sendJson(res, 500, { error: 'internal error' });
    });
  });
  server.keepAliveTimeout = 5000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    else socket.destroy();
  });

  server.listen(options.port, options.host);
  try {
    await once(server, 'listening');
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  async function runRetention(): Promise<number> {
    // GDPR art. 5(1)(e): kept no longer than the purpose (proving consent) needs.
    const cutoff = new Date(now() - options.retentionDays * DAY_MS).toISOString();
    return store.deleteReceivedBefore(cutoff);
  }
  const retention = (): void => {
    runRetention().then(
      (deleted) => { if (deleted > 0) log(`suostumus receiver: retention: deleted ${deleted} records older than ${options.retentionDays} days`); },
      (error: unknown) => { log(`suostumus receiver: retention failed, will retry tomorrow: ${(error as Error).message}`); },
    );
  };
  retention();
  const daily = setInterval(retention, DAY_MS);
  daily.unref();

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    store,
    server,
    runRetention,
    close() {
      closing ??= (async () => {
        clearInterval(daily);
        const closed = new Promise<void>((resolve) => server.close(() => { resolve(); }));
        server.closeIdleConnections();
        await closed;
        await writer.drained();
        await store.close();
      })();
      return closing;
    },
  };
}
