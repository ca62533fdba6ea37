#!/usr/bin/env node
// The package's command line, `suostumus <command> [options]`. Each command is one entry of COMMANDS:
// its one-line summary and a function given the arguments after the command's name. A new command
// (`suostumus import-notice FILE`) is one more entry here.

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
};

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
