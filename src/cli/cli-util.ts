import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SourceError } from '../core/sources/source-error.ts';
import { FeedError } from '../core/feed/feed-error.ts';
import { UserTextError } from '../core/list/user-text.ts';

/** Exit codes shared by every command: 0 ok, 1 invalid input, 2 usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Wrong command-line use; the command prints its usage and exits 2. */
export class UsageError extends Error {}

/** Invalid input file or data; the command prints the message and exits 1. */
export class InputError extends Error {}

/** parseArgs that turns unknown options and bad values into UsageError. */
export function parseCli<T extends ParseArgsConfig['options']>(
  argv: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Runs a command body and maps its errors to messages on stderr and an exit code (returned, not set). */
export async function runCommand(usage: string, body: () => Promise<void>): Promise<number> {
  try {
    await body();
    return EXIT.ok;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${usage}\n`);
      return EXIT.usage;
    }
    if (
      err instanceof InputError ||
      err instanceof SourceError ||
      err instanceof FeedError ||
      err instanceof UserTextError
    ) {
      process.stderr.write(`error: ${err.message}\n`);
      return EXIT.invalid;
    }
    throw err;
  }
}

/** A command: its usage text and its body, callable in-process (tests) or as a script. */
export interface Command {
  usage: string;
  main: (argv: string[]) => Promise<void>;
}

/** Runs a command with `argv` in this process; returns the exit code it would have. */
export function runInProcess(cmd: Command, argv: string[]): Promise<number> {
  return runCommand(cmd.usage, () => cmd.main(argv));
}

/** Runs the command with the process's arguments when `moduleUrl` is the script node was started with. */
export async function runIfScript(moduleUrl: string, cmd: Command): Promise<void> {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(resolve(entry)).href !== moduleUrl) return;
  process.exitCode = await runInProcess(cmd, process.argv.slice(2));
}

/** Writes a file atomically (temp file + rename), so a failed run never leaves a partial file. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
