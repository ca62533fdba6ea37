// The receiver's settings: one table gives each flag, its environment variable, its default and its
// help line. A flag wins over its variable. Every error names the flag (and variable) and the fix.

export interface ReceiverOptions {
  /** TCP port; 0 picks a free one. Default 8787. */
  port: number;
  /** Address to listen on. Default 127.0.0.1: behind a reverse proxy on the same machine. */
  host: string;
  /** Folder of the embedded database (ignored with `databaseUrl`). Default ./suostumus-data. */
  dataDir: string;
  /** PostgreSQL connection URL; when set, PostgreSQL is used instead of the embedded database. */
  databaseUrl: string | undefined;
  /** Origins (scheme://host[:port]) whose pages may send records from the browser. */
  origins: string[];
  /** Days a record is kept after it was received; older ones are deleted daily. Default 1461 (4 years). */
  retentionDays: number;
  /** Bearer token of the admin endpoints; they answer 401 while it is unset. At least 16 characters. */
  adminToken: string | undefined;
  /** Requests a minute per client address on POST /consent; 0 turns the limit off. Default 60. */
  rateLimit: number;
  /** Take the client address from the last X-Forwarded-For entry (only behind your own reverse proxy). */
  trustProxy: boolean;
}

/** An invalid flag or variable; `message` says which and how to fix it. */
export class OptionError extends Error {}

interface Spec {
  flag: string;
  env: string;
  kind: 'string' | 'boolean';
  help: string;
}

/** Every option of `suostumus receiver`, in help order. */
export const OPTION_SPECS: Record<keyof ReceiverOptions, Spec> = {
  port: { flag: 'port', env: 'SUOSTUMUS_PORT', kind: 'string', help: 'TCP port (default 8787; 0 = any free port)' },
  host: { flag: 'host', env: 'SUOSTUMUS_HOST', kind: 'string', help: 'address to listen on (default 127.0.0.1)' },
  dataDir: { flag: 'data', env: 'SUOSTUMUS_DATA', kind: 'string', help: 'folder of the embedded database (default ./suostumus-data)' },
  databaseUrl: { flag: 'database-url', env: 'DATABASE_URL', kind: 'string', help: 'PostgreSQL URL; use PostgreSQL instead of the embedded database' },
  origins: { flag: 'origins', env: 'SUOSTUMUS_ORIGINS', kind: 'string', help: 'comma-separated origins allowed to send records, e.g. https://www.example.fi' },
  retentionDays: { flag: 'retention-days', env: 'SUOSTUMUS_RETENTION_DAYS', kind: 'string', help: 'days to keep a record (default 1461 = 4 years)' },
  adminToken: { flag: 'admin-token', env: 'SUOSTUMUS_ADMIN_TOKEN', kind: 'string', help: 'bearer token for /admin/* (16+ characters; prefer the variable)' },
  rateLimit: { flag: 'rate-limit', env: 'SUOSTUMUS_RATE_LIMIT', kind: 'string', help: 'records a minute per client address (default 60; 0 = off)' },
  trustProxy: { flag: 'trust-proxy', env: 'SUOSTUMUS_TRUST_PROXY', kind: 'boolean', help: 'client address from X-Forwarded-For (behind your proxy only)' },
};

/**
 * Four years: a record proves a consent for as long as the consent lasts (the widget asks again after
 * 12 months by default) and then for as long as someone can still claim it was not given: the general
 * three-year limitation period of Finnish law (laki velan vanhentumisesta 728/2003) for a damages claim
 * under GDPR art. 82. Longer would keep data no purpose needs (art. 5(1)(e)).
 */
export const DEFAULT_RETENTION_DAYS = 1461;

const name = (spec: Spec): string => `--${spec.flag} (${spec.env})`;

function integer(raw: string, spec: Spec, min: number, max: number): number {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new OptionError(`${name(spec)}: expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function origin(raw: string, spec: Spec): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OptionError(`${name(spec)}: "${raw}" is not an origin; write it as https://www.example.fi`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== raw.replace(/\/$/, '')) {
    throw new OptionError(`${name(spec)}: "${raw}" is not an origin (scheme://host[:port], no path); write it as ${url.origin === 'null' ? 'https://www.example.fi' : url.origin}`);
  }
  return url.origin;
}

/**
 * Resolves the options from parsed flags (`values`, as node:util parseArgs gives them) and `env`.
 * Throws OptionError naming the flag, its variable and the fix.
 */
export function resolveOptions(values: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv): ReceiverOptions {
  const raw = (key: keyof ReceiverOptions): string | boolean | undefined => {
    const spec = OPTION_SPECS[key];
    const value = values[spec.flag] ?? env[spec.env];
    return value === '' ? undefined : value;
  };
  const text = (key: keyof ReceiverOptions): string | undefined => {
    const value = raw(key);
    return typeof value === 'string' ? value : undefined;
  };

  const port = text('port');
  const retention = text('retentionDays');
  const rate = text('rateLimit');
  const token = text('adminToken');
  if (token !== undefined && token.length < 16) {
    throw new OptionError(`${name(OPTION_SPECS.adminToken)}: at least 16 characters; make one with: openssl rand -hex 24`);
  }
  const databaseUrl = text('databaseUrl');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new OptionError(`${name(OPTION_SPECS.databaseUrl)}: expected postgres://user:password@host:5432/database`);
  }
  const dataDir = text('dataDir') ?? './suostumus-data';
  const trust = raw('trustProxy');
  return {
    port: port === undefined ? 8787 : integer(port, OPTION_SPECS.port, 0, 65_535),
    host: text('host') ?? '127.0.0.1',
    dataDir,
    databaseUrl,
    origins: (text('origins') ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((o) => origin(o, OPTION_SPECS.origins)),
    retentionDays: retention === undefined ? DEFAULT_RETENTION_DAYS : integer(retention, OPTION_SPECS.retentionDays, 1, 36_500),
    adminToken: token,
    rateLimit: rate === undefined ? 60 : integer(rate, OPTION_SPECS.rateLimit, 0, 1_000_000),
    trustProxy: trust === true || trust === '1' || trust === 'true',
  };
}

/** The `--help` text. */
export function receiverHelp(): string {
  const lines = Object.values(OPTION_SPECS).map((spec) => {
    const flag = `--${spec.flag}${spec.kind === 'string' ? ' VALUE' : ''}`;
    return `  ${flag.padEnd(24)} ${spec.env.padEnd(26)} ${spec.help}`;
  });
  return [
    'usage: suostumus receiver [options]',
    '',
    'The proof-of-consent server: stores what the widget sends to record.endpoint.',
    'Each option can be given as a flag or as the environment variable beside it; a flag wins.',
    '',
    ...lines,
    '  --help',
    '',
    'Docs: docs/receiver.md in the suostumus package.',
  ].join('\n');
}
