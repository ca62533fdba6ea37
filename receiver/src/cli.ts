#!/usr/bin/env node
// The package's command line, `suostumus <command> [options]`. Each command is one entry of COMMANDS:
// its one-line summary and a function given the arguments after the command's name.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { OPTION_SPECS, OptionError, receiverHelp, resolveOptions } from './options.js';
import { DatabaseUnavailableError } from './db/types.js';
import { startReceiver } from './server.js';

interface Command {
  summary: string;
  /** Runs the command; resolves to the exit code (a server resolves only when it stops). */
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  receiver: {
    summary: 'the proof-of-consent server for record.endpoint (docs/receiver.md)',
    run: runReceiver,
  },
  'import-notice': {
    summary: 'an existing privacy notice (text or HTML) as notice JSON (docs/notice.md)',
    run: runImportNotice,
  },
};

/**
 * The importer's Node entry, src/import/node.ts, built by Vite (with parse5) to dist/import-node.js. It lies
 * outside this tsc project (rootDir), so the part used here is restated; test/e2e/import-notice.test.mjs
 * runs this command against the real build, so the two cannot drift apart unseen.
 */
interface Importer {
  importNoticeInNode(input: string, options: { format?: 'text' | 'html'; language?: 'fi' | 'sv' | 'en' }): { notice: unknown; report: unknown };
  formatReport(report: unknown): string;
  NoticeImportError: new (message: string) => Error;
}

const IMPORT_HELP = `usage: suostumus import-notice FILE [--format text|html] [--language fi|sv|en]

Reads an existing privacy notice (tietosuojaseloste) — text copied from a web page, a Word document or a
PDF, or HTML from a CMS — and writes it in the notice format (JSON) to standard output, and a report of
where each heading went, what was read as data and what to check by hand to standard error.

  FILE               the notice; - reads standard input
  --format, -f       text or html (default: detected from the content)
  --language, -l     the language it is written in (default: detected, else fi)
  --help, -h         this text

Exit status: 0 when a notice was written; 1 when none could be made (the reason on one line); 2 for
wrong arguments. See "Moving an existing notice" in docs/notice.md.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function runImportNotice(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string', short: 'f' },
      language: { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help === true) {
    process.stdout.write(`${IMPORT_HELP}\n`);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new OptionError(file === undefined ? 'name the notice file (or - for standard input): suostumus import-notice FILE'
      : `one file at a time; got ${String(positionals.length)}: ${positionals.join(' ')}`);
  }
  const format = values.format;
  if (format !== undefined && format !== 'text' && format !== 'html') throw new OptionError(`--format: expected text or html, got "${format}"`);
  const language = values.language;
  if (language !== undefined && language !== 'fi' && language !== 'sv' && language !== 'en') {
    throw new OptionError(`--language: expected fi, sv or en, got "${language}"`);
  }
  let input: string;
  try {
    input = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    process.stderr.write(`suostumus import-notice: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const importer = await import(new URL('../import-node.js', import.meta.url).href) as Importer;
  try {
    const { notice, report } = importer.importNoticeInNode(input, {
      ...(format === undefined ? {} : { format }), ...(language === undefined ? {} : { language }),
    });
    process.stdout.write(`${JSON.stringify(notice, null, 2)}\n`);
    process.stderr.write(`${importer.formatReport(report)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof importer.NoticeImportError)) throw error;
    process.stderr.write(`suostumus import-notice: ${error.message}\n`);
    return 1;
  }
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(16)} ${command.summary}`);
  return ['usage: suostumus <command> [options]', '', 'commands:', ...lines, '', 'suostumus <command> --help tells more.'].join('\n');
}

async function runReceiver(args: string[]): Promise<number> {
  const specs = Object.values(OPTION_SPECS);
  const { values } = parseArgs({
    args,
    options: {
      ...Object.fromEntries(specs.map((spec) => [spec.flag, { type: spec.kind }])),
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) {
    process.stdout.write(`${receiverHelp()}\n`);
    return 0;
  }
  const options = resolveOptions(values, process.env);
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  try {
    receiver = await startReceiver(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new OptionError(`${options.host}:${options.port} is in use; pick another port with --port (SUOSTUMUS_PORT)`);
    if (code === 'EACCES') throw new OptionError(`cannot listen on ${options.host}:${options.port} (ports below 1024 need privileges); use --port 8787 behind a reverse proxy`);
    throw error;
  }
  const where = receiver.store.kind === 'sqlite' ? `embedded database ${receiver.store.location}` : `PostgreSQL ${receiver.store.location}`;
  // Tests and scripts read this line for the URL (port 0 picks a free port).
  process.stdout.write(`suostumus receiver: listening on ${receiver.url} (${where}; retention ${options.retentionDays} days)\n`);
  if (options.origins.length === 0) {
    process.stderr.write('suostumus receiver: no --origins (SUOSTUMUS_ORIGINS): only same-origin pages can send records; add your site, e.g. --origins https://www.example.fi\n');
  }
  if (options.adminToken === undefined) {
    process.stderr.write('suostumus receiver: no SUOSTUMUS_ADMIN_TOKEN: the admin endpoints (records of a consent id, export, counts) are off\n');
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      receiver.close().then(resolve, resolve);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`suostumus: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    // Bad input and known set-up problems get their message alone; anything else its stack.
    const known = error instanceof OptionError || error instanceof DatabaseUnavailableError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
    const message = known ? (error as Error).message : (error as Error).stack ?? String(error);
    process.stderr.write(`suostumus ${name}: ${message}\n`);
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true) process.stderr.write(`Run: suostumus ${name} --help\n`);
    return known ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
